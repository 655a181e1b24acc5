import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';
import { findCounts } from '../../../src/services/ingestion/reading/counts';

function proposals(text: string, language: 'fr' | 'en'): Proposal[] {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES }).proposals;
}

/** The figures of a short text of our own, over an empty graph, as "subject METRIC value". */
function figures(text: string, language: 'fr' | 'en' = 'fr'): string[] {
  return proposals(text, language)
    .filter((p): p is Extract<Proposal, { kind: 'FIGURE' }> => p.kind === 'FIGURE')
    .map((f) => `${f.subject.name} ${f.metric} ${f.value}`);
}

/** The locations proposed, as "actor @ place". */
function locations(text: string, language: 'fr' | 'en' = 'fr'): string[] {
  return proposals(text, language)
    .filter((p): p is Extract<Proposal, { kind: 'LOCATION' }> => p.kind === 'LOCATION')
    .map((l) => `${l.actor.name} @ ${l.place.name}`);
}

const counts = (text: string) => findCounts({ start: 0, end: text.length, text }).map((c) => `${c.metric} ${c.value}`);

describe('people served or studied are no staff', () => {
  it('does not count elderly people, a trial sample or a survey as employees', () => {
    expect(counts('Le boîtier est testé chez douze personnes âgées vivant seules.')).toEqual([]);
    expect(counts("L'essai a porté sur 240 personnes, malades et soignants.")).toEqual([]);
    expect(counts('- premier essai : hôpital de Rodez, 90 personnes')).toEqual([]);
    expect(counts('Une enquête a été menée auprès de 300 personnes.')).toEqual([]);
  });

  it('still counts the staff a sentence gives', () => {
    expect(counts('La société Velorin Santé emploie 240 personnes.')).toEqual(['EMPLOYEES 240']);
    expect(counts('- effectif : 35 personnes')).toEqual(['EMPLOYEES 35']);
  });
});

describe('jobs a new site will bring', () => {
  it('reads staff under a jobs label or after a future verb as jobs', () => {
    expect(counts('- emplois : environ 120 salariés')).toEqual(['JOBS 120']);
    expect(counts('La future usine accueillera environ 80 salariés.')).toEqual(['JOBS 80']);
    expect(counts('- expected jobs: about 60 people')).toEqual(['JOBS 60']);
  });

  it('keeps the staff of today as employees', () => {
    expect(counts("L'usine accueille aujourd'hui 80 salariés.")).toEqual(['EMPLOYEES 80']);
    expect(counts("L'usine emploiera 40 personnes dès son ouverture.")).toEqual(['EMPLOYEES 40']);
    expect(counts('- salariés : 45')).toEqual(['EMPLOYEES 45']);
  });
});

describe('an article after "de" is no count', () => {
  it('does not read "l\'accueil d\'une start-up" as one company', () => {
    expect(counts("Six mois d'accueil d'une start-up dans les locaux.")).toEqual([]);
  });

  it('still reads a number word that is a count', () => {
    expect(counts('Le pôle a vu naître une start-up et trois entreprises.')).toContain('COMPANIES 3');
  });
});

describe('a count of the names listed after it', () => {
  it('gives no figure to a name of the list', () => {
    const text = 'Le club Ardiane a reçu un ministre.\n- trois start-up de la santé citées : Velorin, Quorvia et Morlane Diagnostic';
    expect(figures(text).filter((f) => f.includes('COMPANIES'))).toEqual([]);
  });

  it('still gives an incubator the count of the start-ups it hosts', () => {
    expect(figures("L'incubateur Ardiane accueille huit start-up : Velorin, Quorvia et six autres.")).toContain('Ardiane COMPANIES 8');
  });
});

describe('the staff of a workplace named after the count', () => {
  it('gives people working on the site of X to X', () => {
    const text = "L'incubateur Ardiane héberge six start-up. Environ 150 personnes travaillent sur le site de l'institut Kelvane.";
    const found = figures(text);
    expect(found).toContain('Kelvane EMPLOYEES 150');
    expect(found).not.toContain('Ardiane EMPLOYEES 150');
  });

  it('keeps the subject when no workplace is named after the count', () => {
    expect(figures('La société Velorin Santé emploie 150 personnes à Albi.')).toContain('Velorin Santé EMPLOYEES 150');
  });
});

describe('places of a site, a presence and a landmark', () => {
  it('places a company where its plant is, said with a possessive', () => {
    expect(locations('La société Velorin Santé fabrique des attelles. Son usine se trouve à Gaillac (Tarn).')).toContain(
      'Velorin Santé @ Gaillac',
    );
  });

  it('places a company "présent à" a commune, the commune winning over its département', () => {
    const found = locations("Le groupe Quorvia n'est pas un inconnu dans l'Hérault : il est présent à Lunel depuis 1995.");
    expect(found).toContain('Quorvia @ Lunel');
    expect(found).not.toContain('Quorvia @ Hérault');
  });

  it('keeps the département when no commune of it is said', () => {
    expect(locations('Le groupe Quorvia est installé dans le Gard depuis 1995.')).toContain('Quorvia @ Gard');
  });

  it('does not place a company in the city its site is said to be near', () => {
    const found = locations('La société Morlane Diagnostic produit ses tests sur son site de Lunel, près de Montpellier.');
    expect(found).not.toContain('Morlane Diagnostic @ Montpellier');
  });

  it('places "the <city> company X" for a city outside the region', () => {
    expect(locations('Velorin has welcomed the Lyon company Quorvia Labs into its capital.', 'en')).toContain('Quorvia Labs @ Lyon');
  });

  it('does not read a capitalised word that is no commune before the cue noun', () => {
    expect(locations('Velorin has welcomed the Swiss company Quorvia Labs into its capital.', 'en')).not.toContain('Quorvia Labs @ Swiss');
  });
});

/** The fundings proposed, as "funder -> recipients amount". */
function fundings(text: string, language: 'fr' | 'en' = 'fr'): string[] {
  return proposals(text, language)
    .filter((p): p is Extract<Proposal, { kind: 'FUNDING' }> => p.kind === 'FUNDING')
    .map((f) => `${f.funder.name} -> ${f.recipients.map((r) => r.name).join('+')} ${f.amountEur}`);
}

describe('a funding agreement with no amount', () => {
  it('reads the authority that signs or renews a funding agreement with X as funding X', () => {
    expect(fundings('La Région Occitanie a renouvelé pour 2025 sa convention de financement avec le réseau Ardiane Invest.')).toContain(
      'Région Occitanie -> Ardiane Invest null',
    );
  });

  it('reads no funding from a partnership agreement, nor from a company signing one', () => {
    expect(fundings('La Région Occitanie a signé une convention de partenariat avec le réseau Ardiane Invest.')).toEqual([]);
    expect(fundings('La société Velorin a signé une convention de financement avec la société Quorvia.')).toEqual([]);
  });
});

describe("a fact box's money follows the body", () => {
  it("takes the body's giver and receiver for an amount the body gives once", () => {
    const text = [
      'Velorin sells its Albi plant to Quorvia.',
      'Velorin received 12 M€ from the State and 3 M€ from the Région Occitanie.',
      'Numbers',
      '- 12 M€ State support, 3 M€ regional support',
    ].join('\n');
    const found = fundings(text, 'en');
    expect(found).toContain('État -> Velorin 12000000');
    expect(found).toContain('Région Occitanie -> Velorin 3000000');
    expect(found.filter((f) => f.includes('Quorvia'))).toEqual([]);
  });
});

describe('an investor entering a company capital during a round', () => {
  it('reads the round as money from the investor to the company, and the raise as the company figure', () => {
    const text =
      "Ardiane Capital is no stranger: the fund entered Velorin Bio's capital during the company's first fundraising, a 4 M€ round in 2019.";
    expect(fundings(text, 'en')).toContain('Ardiane Capital -> Velorin Bio 4000000');
    expect(figures(text, 'en')).toContain('Velorin Bio FUNDS_RAISED_EUR 4000000');
    expect(figures(text, 'en')).not.toContain('Ardiane Capital FUNDS_RAISED_EUR 4000000');
    const french =
      'Le fonds Ardiane Capital est entré au capital de la société Velorin lors de sa levée de fonds, un tour de 6 M€ en 2018.';
    expect(fundings(french)).toContain('Ardiane Capital -> Velorin 6000000');
  });

  it('reads no funding from a capital entry with no round in its sentence', () => {
    const text =
      'La société Velorin est entrée au capital de la start-up Quorvia en 2020. Elle emploie 40 personnes et a levé 3 M€ en 2019.';
    expect(fundings(text).filter((f) => f.startsWith('Velorin -> Quorvia'))).toEqual([]);
  });
});
