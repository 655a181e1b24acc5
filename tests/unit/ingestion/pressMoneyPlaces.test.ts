import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';

function proposals(text: string, language: 'fr' | 'en'): Proposal[] {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES }).proposals;
}

/** The fundings of a short text of our own, over an empty graph, as "funder -> recipients: amount". */
function fundings(text: string, language: 'fr' | 'en' = 'fr'): string[] {
  return proposals(text, language)
    .filter((p): p is Extract<Proposal, { kind: 'FUNDING' }> => p.kind === 'FUNDING')
    .map((f) => `${f.funder.name} -> ${f.recipients.map((r) => r.name).join('+')}: ${f.amountEur}`);
}

describe('money handed to a name right after its amount', () => {
  it('reads "une subvention de N € au X" in a bulleted list as X receiving from the giver the header names', () => {
    const text = [
      'Le laboratoire Vextrane Diagnostic prépare un nouveau test.',
      'La Région Occitanie a soutenu le projet à deux reprises :',
      '- une subvention de 150 000 € au CNRS en mars, pour les essais ;',
      '- une aide de 90 000 € en juin à la société Morlane Santé.',
    ].join('\n');
    expect(fundings(text)).toEqual(['Région Occitanie -> CNRS: 150000', 'Région Occitanie -> Morlane Santé: 90000']);
  });

  it('keeps the named giver of "une subvention de N € de X", with no "à" after the amount', () => {
    expect(fundings('La start-up Vextrane obtient une subvention de 150 000 € de la Région Occitanie.')).toEqual([
      'Région Occitanie -> Vextrane: 150000',
    ]);
  });
});

describe('the subject of a receiving verb in a bullet', () => {
  it('reads the name before "a reçu" in each bullet as the recipient, not what the story is about', () => {
    const text = [
      'La société Morlane Santé lance un nouveau site. Morlane Santé recrute.',
      'La Région Occitanie a soutenu deux voisins :',
      '- à Albi, la start-up Vextrane Santé, qui conçoit des capteurs cardiaques, a reçu 300 000 € ;',
      '- à Rodez, la société Quorvia Bio a obtenu 200 000 €.',
    ].join('\n');
    expect(fundings(text)).toEqual(['Région Occitanie -> Vextrane Santé: 300000', 'Région Occitanie -> Quorvia Bio: 200000']);
  });
});

describe('bare millions in a list introduced by money', () => {
  it('reads "pour 2,6 millions" in the bullets of a "financé par :" list as euros', () => {
    const text = [
      'La plateforme Quorvia Biotech déménage à Toulouse.',
      "Le chantier, d'un montant de 5 millions d'euros, est financé par :",
      '- la Région Occitanie, à hauteur de 3 millions ;',
      "- l'Université de Toulouse, pour 2 millions.",
    ].join('\n');
    expect(fundings(text)).toEqual(['Région Occitanie -> Quorvia Biotech: 3000000', 'Université de Toulouse -> Quorvia Biotech: 2000000']);
  });

  it('does not read bare millions in bullets that follow no money', () => {
    const text = ['La plateforme Quorvia Biotech compte de nombreux usagers :', '- la ville, avec 3 millions de visiteurs ;'].join('\n');
    expect(fundings(text)).toEqual([]);
  });
});

describe('the channel money goes through, named by its acronym', () => {
  it('does not make the acronym in brackets after "via l\'Agence …" a recipient; the story\'s subject receives', () => {
    const text = [
      'La start-up Vextrane Santé construit une usine à Albi. Vextrane Santé recrute.',
      "La Région Occitanie apporte 2 M€ via l'Agence régionale des investissements stratégiques (ARIS).",
      "L'ARIS suit le dossier.",
    ].join(' ');
    expect(fundings(text)).toEqual(['Région Occitanie -> Vextrane Santé: 2000000']);
  });
});

describe('a range of sizes', () => {
  it('reads "des aides comprises entre 100 000 € et 2 M€" as no funding', () => {
    const text = 'La Région Occitanie accompagne Vextrane Santé. Elle verse des aides comprises entre 100 000 € et 2 M€ par projet.';
    expect(fundings(text)).toEqual([]);
  });

  it('reads "from €1m to €3m" as no funding, and still reads a single amount', () => {
    expect(fundings('The Région Occitanie grants from €1m to €3m per project to the start-up Quorvia Health.', 'en')).toEqual([]);
    expect(fundings('The Région Occitanie grants €1m to the start-up Quorvia Health.', 'en')).toEqual([
      'Région Occitanie -> Quorvia Health: 1000000',
    ]);
  });
});

/** The locations of a short text of our own, as "actor @ place". */
function locations(text: string, language: 'fr' | 'en' = 'fr'): string[] {
  return proposals(text, language)
    .filter((p): p is Extract<Proposal, { kind: 'LOCATION' }> => p.kind === 'LOCATION')
    .map((l) => `${l.actor.name} @ ${l.place.name}`);
}

describe('places the press writes around a name', () => {
  it('reads "the Labège-based biotech X" and "X, a Toulouse-based biotech," as where X is', () => {
    expect(locations('The Labège-based biotech Quorvia Health raised €5m.', 'en')).toEqual(['Quorvia Health @ Labège']);
    expect(locations('Quorvia Health, a Toulouse-based biotech, raised €5m.', 'en')).toEqual(['Quorvia Health @ Toulouse']);
  });

  it('does not place a name after an English preposition that follows the "-based" noun', () => {
    const read = locations(
      'Morlane Medical bought the Balma-based firm, which brings the Balma-based firm into the Morlane Medical group.',
      'en',
    );
    expect(read).not.toContain('Morlane Medical @ Balma');
  });

  it('reads a fronted commune with its département number for the name that opens the main clause', () => {
    expect(locations('À Toulouse (31), le pôle de compétitivité Vextrane Santé pilote une filière.')).toContain(
      'Vextrane Santé @ Toulouse',
    );
  });

  it('does not read a capitalised forename as a derived place adjective', () => {
    const read = locations('Le groupe Morlane exploite les cliniques Ambroise Paré et Saint-Roch.');
    expect(read.filter((l) => / @ Ambres$/.test(l))).toEqual([]);
    // The lower-case adjective after the same noun is still read.
    expect(locations('Les cliniques labégeoises Vextrane Santé et Quorvia Santé recrutent.')).toContain('Vextrane Santé @ Labège');
  });

  it('reads a fact sheet\'s "Location:" line as where the story\'s organisation is', () => {
    const text = [
      'Quorvia Health raised €5m. Quorvia Health will hire.',
      'Company snapshot',
      '- Location: Labège, near Toulouse (31)',
      '- Staff: 20',
    ].join('\n');
    expect(locations(text, 'en')).toContain('Quorvia Health @ Labège');
  });

  it('reads "from Paris investors: A, B and C" as each investor in that commune', () => {
    const text = 'The company raised €5m from Paris investors: Tessane Ventures, Morlane Capital and Quorvia Partners.';
    expect(locations(text, 'en')).toEqual(['Tessane Ventures @ Paris', 'Morlane Capital @ Paris', 'Quorvia Partners @ Paris']);
    // No colon and list: no place for the investors.
    expect(locations('The company raised €5m from Paris investors including Tessane Ventures.', 'en')).toEqual([]);
  });
});

describe('a fact sheet that names its organisation', () => {
  it('places the organisation of a "Name:" line, not another the story names more', () => {
    const text = [
      'The group Tessane Pharma lends €5m to the start-up Quorvia Health. The group Tessane Pharma is a European lender. Tessane Pharma grew.',
      'Company profile',
      '- Name: Quorvia Health',
      '- Location: Rodez',
    ].join('\n');
    const read = locations(text, 'en');
    expect(read).toContain('Quorvia Health @ Rodez');
    expect(read).not.toContain('Tessane Pharma @ Rodez');
  });
});
