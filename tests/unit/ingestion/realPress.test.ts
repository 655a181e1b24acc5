import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';

/** Shapes met on real regional articles (F21r), in short texts of our own over an empty graph. */
function proposals(text: string): Proposal[] {
  return proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names: NO_GRAPH_NAMES }).proposals;
}

function actorsOf(text: string): string[] {
  return proposals(text)
    .filter((p): p is Extract<Proposal, { kind: 'ACTOR' }> => p.kind === 'ACTOR')
    .map((a) => a.name);
}

function fundings(text: string): string[] {
  return proposals(text)
    .filter((p): p is Extract<Proposal, { kind: 'FUNDING' }> => p.kind === 'FUNDING')
    .map((f) => `${f.funder.name} -> ${f.recipients.map((r) => r.name).join('+')}: ${f.amountEur}`);
}

describe('grammar words, cut heads and former regions are not actors', () => {
  it('drops a pronoun, a sentence adverb and an ordinal that open a sentence', () => {
    const actors = actorsOf(
      'Vextrane a ouvert un laboratoire à Nîmes. Celui-ci accueille vingt chercheurs. Dernièrement, Vextrane a recruté. Désormais installée à Nîmes, Vextrane grandit. Le Premier ministre a salué le projet.',
    );
    expect(actors).toContain('Vextrane');
    for (const word of ['Celui-ci', 'Dernièrement', 'Désormais', 'Premier']) expect(actors).not.toContain(word);
  });

  it('drops a head cut from its complement and a former region named alone', () => {
    const actors = actorsOf(
      "Morlane Bio, entrée en Bourse en mai, est membre de l'Académie des Technologies. Les entreprises de Midi-Pyrénées et des Territoires d'Industrie recrutent.",
    );
    for (const word of ['Bourse', 'Académie', 'Midi-Pyrénées', 'Territoires']) expect(actors).not.toContain(word);
  });

  it('keeps a short first name that ends like an adverb', () => {
    expect(actorsOf('Clément Vardier, président de Vextrane, a signé un accord.')).toContain('Clément Vardier');
  });

  it("reads the person after a paper's title, not the title as a first name", () => {
    const actors = actorsOf('« Nous recrutons », explique à La Gazette Anne Vardier, la fondatrice de Vextrane.');
    expect(actors).toContain('Anne Vardier');
    expect(actors).not.toContain('Gazette Anne Vardier');
  });
});

describe('shares in brackets, regional executives and budgets', () => {
  it('gives each name the amount in brackets after it', () => {
    expect(
      fundings('La Région Occitanie a voté des aides apportées à la start-up Vextrane (1 M€) et à la biotech Morlane Bio (6 M€).'),
    ).toEqual(['Région Occitanie -> Vextrane: 1000000', 'Région Occitanie -> Morlane Bio: 6000000']);
  });

  it('reads shares after a commune and leaves the total of the shares to no one', () => {
    expect(
      fundings(
        'La Région Occitanie a voté 1,6 M€ versés à trois sociétés, la start-up Vextrane à Nîmes (700 000 € en avance remboursable), la biotech Morlane Bio à Albi (778 000 €) et la medtech Quartis (142 000 €) à Rodez.',
      ),
    ).toEqual(['Région Occitanie -> Vextrane: 700000', 'Région Occitanie -> Morlane Bio: 778000', 'Région Occitanie -> Quartis: 142000']);
  });

  it('reads the regional executive as the Région', () => {
    expect(fundings("Vextrane grandit à Nîmes en Occitanie. L'exécutif régional a accordé 1 M€ à la start-up Vextrane.")).toEqual([
      'Région Occitanie -> Vextrane: 1000000',
    ]);
  });

  it("gives a funder's own plan or strategy to no one", () => {
    expect(
      fundings(
        "La start-up Vextrane grandit à Nîmes. La Région Occitanie a voté un plan d'urgence de 250 M€. La Région Occitanie injecte 15 M€ dans sa stratégie industrielle.",
      ),
    ).toEqual([]);
  });
});
