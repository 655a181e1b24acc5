import { Linker } from '../../../src/services/ingestion/linking/linker';
import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';
import { findProgrammes } from '../../../src/services/ingestion/reading/programmes';

/** Shapes met on real regional articles (F21q, second round), in short texts of our own over an empty graph. */
function proposals(text: string): Proposal[] {
  return proposeFacts({ document: prepareDocument({ text, language: 'fr' }), names: NO_GRAPH_NAMES }).proposals;
}

function ofKind<K extends Proposal['kind']>(text: string, kind: K): Extract<Proposal, { kind: K }>[] {
  return proposals(text).filter((p): p is Extract<Proposal, { kind: K }> => p.kind === kind);
}

const figures = (text: string) => ofKind(text, 'FIGURE').map((f) => `${f.subject.name} ${f.metric} ${f.value}`);
const fundings = (text: string) =>
  ofKind(text, 'FUNDING').map((f) => `${f.funder.name} -> ${f.recipients.map((r) => r.name).join('+')}: ${f.amountEur}`);
const ties = (text: string) => ofKind(text, 'TIE').map((t) => `${t.from.name} ${t.tieKind} ${t.to.name}`);
const actors = (text: string) => ofKind(text, 'ACTOR').map((a) => a.name);

const graph = {
  ...NO_GRAPH_NAMES,
  actors: [
    { id: 'sein', name: 'Institut Exemple du Sein', aliases: ['MIS'], kind: 'HOSPITAL', place: null },
    { id: 'region', name: 'Région Exemplie', aliases: ['la Région'], kind: 'PUBLIC_AUTHORITY', place: null },
  ],
};

describe('names the graph knows, in lower case in running text', () => {
  it('does not find an acronym written in lower case (a verb), but finds it in capitals', () => {
    const linker = new Linker(graph);
    expect(linker.findKnown({ start: 0, text: 'La crise a mis en lumière la dépendance.' })).toEqual([]);
    expect(linker.findKnown({ start: 0, text: 'Le MIS recrute.' }).map((m) => m.link.id)).toEqual(['sein']);
  });

  it('does not take a one-word alias for the longer name it opens', () => {
    const linker = new Linker({
      ...NO_GRAPH_NAMES,
      actors: [{ id: 'campus', name: 'Campus Exemple', aliases: ['Exemplopole'], kind: 'CLUSTER', place: null }],
    });
    expect(linker.findKnown({ start: 0, text: 'Le centre Exemplopole Claudius Vardier soigne.' })).toEqual([]);
    expect(linker.findKnown({ start: 0, text: "L'Exemplopole accueille Vextrane." }).map((m) => m.link.id)).toEqual(['campus']);
  });

  it('reads "de la région" as the territory, but "la Région" and "par la région" as the council', () => {
    const linker = new Linker(graph);
    expect(linker.findKnown({ start: 0, text: "Des investissements à l'échelle de la région." })).toEqual([]);
    expect(linker.findKnown({ start: 0, text: 'Les entreprises en région recrutent.' })).toEqual([]);
    expect(linker.findKnown({ start: 0, text: 'La Région finance le projet.' }).map((m) => m.link.id)).toEqual(['region']);
    expect(linker.findKnown({ start: 0, text: 'Le projet est financé par la région.' }).map((m) => m.link.id)).toEqual(['region']);
  });
});

describe('totals, places and respective amounts in figures', () => {
  it('gives no one a total over several projects, nor the jobs of a plural subject', () => {
    const text =
      "La Région Occitanie soutient la filière. Ces premiers projets représentent 5 M€ de subventions, pour un total de 20 M€ d'investissements. Ils permettront la création de plus de 180 emplois.";
    expect(figures(text)).toEqual([]);
  });

  it('pins a figure stated next to a body named as a place on what the document is about', () => {
    const text =
      "La biotech Vextrane investit à Toulouse. Installée dans le quartier de l'Oncopole Exemple, cette entité va créer 50 emplois.";
    const found = figures(text);
    expect(found.some((f) => f.startsWith('Oncopole Exemple'))).toBe(false);
  });

  it('gives the n-th amount after "respectivement" to the n-th name, here or in the sentence before', () => {
    expect(figures('Les biotechs Vextrane et Morlane Bio ont levé respectivement 12 M€ et 8 M€ en Bourse.')).toEqual([
      'Vextrane FUNDS_RAISED_EUR 12000000',
      'Morlane Bio FUNDS_RAISED_EUR 8000000',
    ]);
    expect(
      figures('Deux biotechs ont marqué l’année : Vextrane et Morlane Bio. Ces deux sociétés ont levé respectivement 12 M€ et 8 M€.'),
    ).toEqual(['Vextrane FUNDS_RAISED_EUR 12000000', 'Morlane Bio FUNDS_RAISED_EUR 8000000']);
  });

  it('gives no one amounts after "respectivement" whose owners cannot be paired', () => {
    expect(figures('Vextrane a levé respectivement 12 M€ et 8 M€ en deux tours.')).toEqual([]);
  });
});

describe('people in lists and roles with a qualifier', () => {
  it('reads a person listed with a membership, and no membership tie of the organisation before', () => {
    const text =
      "Animée par Paul Vardier, président de Vextrane, la table ronde a réuni Anne Morlane, membre de l'Académie des Arts et directrice du Labex Gènes Exemple.";
    expect(actors(text)).toContain('Anne Morlane');
    expect(ties(text).filter((t) => t.includes('MEMBER_OF'))).toEqual([]);
  });

  it('reads a leader whose role is qualified ("par intérim", "adjointe")', () => {
    expect(ties('Jean Vardier, directeur général par intérim de Vextrane, a signé la convention.')).toContain(
      'Jean Vardier LEADS Vextrane',
    );
  });
});

describe('money to people and programmes named like companies', () => {
  it('gives no grant to a person who signs', () => {
    const text =
      "Le ministre a signé avec Anne Vardier, présidente de la Région Occitanie, un contrat qui prévoit 5 milliards d'euros d'investissements, dont la moitié financée par la Région.";
    expect(fundings(text).filter((f) => f.includes('Anne Vardier'))).toEqual([]);
  });

  it("reads a programme's short name as a programme wherever it stands, never as a company", () => {
    const text =
      'La Région Occitanie a lancé Relexa, son plan de relocalisation industrielle. Relexa est doté de 15 M€. Grâce au dispositif Relexa, la société Vextrane reçoit 500 000 € de la Région.';
    expect(actors(text)).not.toContain('Relexa');
    expect(fundings(text).filter((f) => f.includes('Relexa'))).toEqual([]);
  });

  it('reads a strategy named in guillemets, or explained by an apposition, as a programme', () => {
    const text = 'La Région accélère sa stratégie « Relexa » et lance Occimed, son plan pour la santé.';
    expect(findProgrammes({ start: 0, end: text.length, text }).map((p) => p.name)).toEqual(['Relexa', 'Occimed']);
  });
});

describe('givers after a dated aside and titles before a name', () => {
  it('reads the giver named after the amount and a date aside, not the company that carries the project', () => {
    expect(fundings('Porté par la start-up Vextrane, le projet a reçu un soutien de 4 M€, en 2023, de la Région Occitanie.')).toEqual([
      'Région Occitanie -> Vextrane: 4000000',
    ]);
  });

  it('keeps a title such as "Pr" out of the name of a person', () => {
    const found = actors('La convention a été signée par Pr Anne Vardier, présidente de Vextrane.');
    expect(found).toContain('Anne Vardier');
    expect(found).not.toContain('Pr Anne Vardier');
  });
});
