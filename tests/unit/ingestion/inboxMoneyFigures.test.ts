import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';
import { findCounts } from '../../../src/services/ingestion/reading/counts';
import { parseNumber } from '../../../src/services/ingestion/reading/numbers';

function proposals(text: string, language: 'fr' | 'en'): Proposal[] {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES }).proposals;
}

/** The figures of a short text of our own, over an empty graph, as "subject METRIC value". */
function figures(text: string, language: 'fr' | 'en' = 'fr'): string[] {
  return proposals(text, language)
    .filter((p): p is Extract<Proposal, { kind: 'FIGURE' }> => p.kind === 'FIGURE')
    .map((f) => `${f.subject.name} ${f.metric} ${f.value}`);
}

/** The actors read, by name. */
function actors(text: string, language: 'fr' | 'en' = 'fr'): string[] {
  return proposals(text, language)
    .filter((p): p is Extract<Proposal, { kind: 'ACTOR' }> => p.kind === 'ACTOR')
    .map((a) => a.name);
}

describe('a currency code written with its amount', () => {
  it('does not read "EUR" before an amount as an organisation, nor give it the figure', () => {
    const text = 'The start-up Vextrane Bio is based in Albi.\n- Funds raised since 2019: EUR 12 million';
    expect(actors(text, 'en')).not.toContain('EUR');
    expect(figures(text, 'en').some((f) => f.startsWith('EUR '))).toBe(false);
  });

  it('still reads an organisation whose name is not a currency code next to an amount', () => {
    expect(actors('La Région Occitanie apporte 2 M€ à la société Quorvia Santé.')).toContain('Quorvia Santé');
  });
});

describe('revenue stated by a verb or a label', () => {
  it('reads "son chiffre d\'affaires dépassait N" as the revenue of the subject before', () => {
    const text = 'La société Morlane Diagnostic emploie 40 personnes. Son chiffre d’affaires dépassait 6 millions d’euros en 2022.';
    expect(figures(text)).toContain('Morlane Diagnostic REVENUE_EUR 6000000');
  });

  it('reads "its revenue reached €N" and "- Chiffre d\'affaires 2023 : N" as revenue', () => {
    expect(figures('The company Quorvia Labs designs sensors. Its revenue reached €3 million in 2023.', 'en')).toContain(
      'Quorvia Labs REVENUE_EUR 3000000',
    );
    expect(figures('La start-up Vextrane Santé conçoit des capteurs.\n\nChiffres clés\n- Chiffre d’affaires 2023 : 2,5 M€')).toContain(
      'Vextrane Santé REVENUE_EUR 2500000',
    );
  });

  it('does not read money with no revenue noun before the verb as revenue', () => {
    const read = figures('La start-up Vextrane Santé conçoit des capteurs. Le coût du projet atteint 2 M€.');
    expect(read.some((f) => f.includes('REVENUE_EUR'))).toBe(false);
  });
});

describe('a count in a sentence that names no one', () => {
  it('gives "Près de N personnes y travaillent" to the subject of the sentence before', () => {
    const text = 'Le laboratoire Quorvia Pharma est installé à Albi depuis 1990. Près de 300 personnes y travaillent.';
    expect(figures(text)).toContain('Quorvia Pharma EMPLOYEES 300');
  });

  it('gives a count followed by "grâce à elle" to the one named before', () => {
    const text = 'La société Vextrane Conseil accompagne les créateurs. Environ 80 entreprises ont démarré grâce à elle.';
    expect(figures(text)).toContain('Vextrane Conseil COMPANIES 80');
  });

  it('does not give a sector count whose pronoun is plural ("70 % of them") to the name before', () => {
    const text =
      'The company Quorvia Homes builds senior residences. About 90 companies work in the sector in the region, and 60% of them are in Albi.';
    expect(figures(text, 'en')).not.toContain('Quorvia Homes COMPANIES 90');
  });
});

describe('numbers written in words above sixty', () => {
  it('reads "soixante-dix", "quatre-vingt-dix-sept" and "seventy-five"', () => {
    expect(parseNumber('soixante-dix')).toBe(70);
    expect(parseNumber('quatre-vingt-dix-sept')).toBe(97);
    expect(parseNumber('quatre-vingts')).toBe(80);
    expect(parseNumber('seventy-five')).toBe(75);
    expect(parseNumber('trente-trois')).toBe(33);
  });

  it('counts "Soixante-dix participations" as seventy companies, and is not fooled by "soixante" alone', () => {
    const counts = findCounts({ start: 0, end: 40, text: 'Soixante-dix participations en portefeuille.' });
    expect(counts.map((c) => [c.value, c.metric])).toEqual([[70, 'COMPANIES']]);
    expect(findCounts({ start: 0, end: 30, text: 'soixante salariés' }).map((c) => c.value)).toEqual([60]);
  });

  it('reads the qualifier of a labelled line after its colon', () => {
    const [count] = findCounts({ start: 0, end: 30, text: '- Effectif : environ 45' });
    expect(count?.qualifier).toBe('APPROXIMATE');
  });
});

/** The fundings of a short text of our own, over an empty graph, as "funder -> recipients: amount". */
function fundings(text: string, language: 'fr' | 'en' = 'fr'): string[] {
  return proposals(text, language)
    .filter((p): p is Extract<Proposal, { kind: 'FUNDING' }> => p.kind === 'FUNDING')
    .map((f) => `${f.funder.name} -> ${f.recipients.map((r) => r.name).join('+')}: ${f.amountEur}`);
}

describe('a giver named after "provient de"', () => {
  it('reads the name after "provient de" as who gives that share, not as who receives the other', () => {
    const read = fundings(
      'Le projet Quorvia est porté par la société Vextrane Santé. La Région Occitanie apporte 2 M€, tandis que 1 M€ provient de Toulouse Métropole.',
    );
    expect(read).toContain('Toulouse Métropole -> Vextrane Santé: 1000000');
    expect(read.some((f) => f.endsWith('-> Toulouse Métropole: 2000000'))).toBe(false);
  });

  it('still reads "1 M€ à la Métropole" as money the Métropole receives', () => {
    expect(fundings('La Région Occitanie verse 1 M€ à Toulouse Métropole.')).toEqual(['Région Occitanie -> Toulouse Métropole: 1000000']);
  });
});

describe('a definite noun of a kind of body that is funded', () => {
  it('gives "L\'incubateur a été cofinancé à hauteur de N" to the last incubator named, not to what the story is about', () => {
    const text = [
      'La société Morlane Conseil accompagne les porteurs de projets à Albi. Morlane Conseil emploie 12 personnes.',
      'Elle anime aussi la pépinière Vextrane Lab.',
      'Trois projets y sont suivis.',
      "L'incubateur a été cofinancé à hauteur de 2 M€ par la Région Occitanie.",
    ].join('\n\n');
    expect(fundings(text)).toEqual(['Région Occitanie -> Vextrane Lab: 2000000']);
  });

  it("does not give an incubator's money to a body of another kind named last", () => {
    const text = [
      'La pépinière Vextrane Lab accueille des start-up à Albi.',
      'Le cabinet Morlane Conseil y assure le suivi des projets.',
      "L'incubateur a été cofinancé à hauteur de 2 M€ par la Région Occitanie.",
    ].join('\n\n');
    expect(fundings(text).some((f) => f.includes('-> Morlane Conseil'))).toBe(false);
  });
});

/** The locations proposed, as "actor @ place". */
function locations(text: string, language: 'fr' | 'en' = 'fr'): string[] {
  return proposals(text, language)
    .filter((p): p is Extract<Proposal, { kind: 'LOCATION' }> => p.kind === 'LOCATION')
    .map((l) => `${l.actor.name} @ ${l.place.name}`);
}

describe('places of sites and offices', () => {
  it('reads a fronted commune followed by its département ("À Albi, dans le Tarn, la société X")', () => {
    expect(locations('À Albi, dans le Tarn, la société Vextrane Santé conçoit des capteurs.')).toContain('Vextrane Santé @ Albi');
    expect(locations('In Rodez, in Aveyron, the start-up Quorvia Labs designs sensors.', 'en')).toContain('Quorvia Labs @ Rodez');
  });

  it('does not read a fronted commune followed by a long clause as the place of the name after it', () => {
    expect(locations('À Albi, après trois années de travaux menés avec la commune, la société Vextrane Santé recrute.')).not.toContain(
      'Vextrane Santé @ Albi',
    );
  });

  it('reads every commune of "dispose de bureaux à A, B et C" as a place of the organisation', () => {
    const read = locations('La société de gestion Morlane Capital dispose de bureaux à Toulouse, Montpellier et Nîmes.');
    expect(read).toEqual(
      expect.arrayContaining(['Morlane Capital @ Toulouse', 'Morlane Capital @ Montpellier', 'Morlane Capital @ Nîmes']),
    );
  });

  it('does not read a list of communes after "des clients à" as places of the organisation', () => {
    const read = locations('La société Morlane Capital compte des clients à Toulouse, Montpellier et Nîmes.');
    expect(read).not.toContain('Morlane Capital @ Montpellier');
  });
});

describe('the value after a change', () => {
  it('keeps only the value after "passés de N salariés à M salariés" and "grew from N employees to M"', () => {
    expect(figures('La société Vextrane Santé recrute : ses effectifs sont passés de 120 salariés à 150 salariés en deux ans.')).toEqual([
      'Vextrane Santé EMPLOYEES 150',
    ]);
    expect(figures('The company Quorvia Labs grew from 40 employees to 65 employees in 2023.', 'en')).toEqual([
      'Quorvia Labs EMPLOYEES 65',
    ]);
  });

  it('reads the bare number after "à" as the new value ("passés de 120 salariés à 150"), not a percentage', () => {
    expect(figures('La société Vextrane Santé recrute : ses effectifs sont passés de 120 salariés à 150 en deux ans.')).toEqual([
      'Vextrane Santé EMPLOYEES 150',
    ]);
    expect(figures('La société Vextrane Santé recrute : ses effectifs sont passés de 120 salariés à 15 % de plus.')).toEqual([
      'Vextrane Santé EMPLOYEES 120',
    ]);
  });

  it('keeps both counts of two sites joined by "à" with no verb of change', () => {
    expect(figures('La société Vextrane Santé emploie 120 salariés à Albi et 150 salariés à Castres.')).toEqual([
      'Vextrane Santé EMPLOYEES 120',
      'Vextrane Santé EMPLOYEES 150',
    ]);
  });
});
