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
