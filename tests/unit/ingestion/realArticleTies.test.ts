import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';

/** Roles and ties as real regional articles state them (R12's causes 1, 3, 4, 21, 26), in short texts of our own over an empty graph. */
function proposals(text: string): Proposal[] {
  return proposeFacts({ document: prepareDocument({ text }), names: NO_GRAPH_NAMES }).proposals;
}

function ofKind<K extends Proposal['kind']>(text: string, kind: K): Extract<Proposal, { kind: K }>[] {
  return proposals(text).filter((p): p is Extract<Proposal, { kind: K }> => p.kind === kind);
}

const ties = (text: string) => ofKind(text, 'TIE').map((t) => `${t.from.name} ${t.tieKind} ${t.to.name}`);
const actors = (text: string) => ofKind(text, 'ACTOR').map((a) => `${a.name} ${a.actorKind}`);

describe('leadership roles', () => {
  it("reads a role in brackets after a name as that person's, not a name read out of the organisation", () => {
    const text = 'La Beta Vallée, voulue par Marc Rondeau (président de Delta Méditerranée Métropole), avance vite.';
    expect(actors(text)).toContain('Marc Rondeau PERSON');
    expect(actors(text)).not.toContain('Méditerranée Métropole PERSON');
    expect(ties(text)).toContain('Marc Rondeau LEADS Delta Méditerranée Métropole');
  });

  it('reads "directeur : X" in brackets as the role of the name before the bracket', () => {
    const text = "Le lycée signe un accord avec le Centre Kappa de Lunel (CKL, directeur : Gilles Favier) et l'Institut Orion.";
    expect(ties(text)).toContain('Gilles Favier LEADS Centre Kappa de Lunel');
    expect(ties(text)).not.toContain('Gilles Favier LEADS Institut Orion');
  });

  it('reads no role of a bracket when no colon gives it', () => {
    expect(ties("Le Centre Kappa de Lunel (CKL) et l'Institut Orion travaillent avec Gilles Favier.")).not.toContain(
      'Gilles Favier LEADS Centre Kappa de Lunel',
    );
  });

  it('reads "son PDG-fondateur X" as a founder who leads, the company being the one bought from them', () => {
    const text = 'Le fonds Kappa a acquis 60 % de la société Novalis auprès de sa PDG-fondatrice Ana Lopes.';
    expect(actors(text)).not.toContain('PDG-fondatrice COMPANY');
    expect(ties(text)).toEqual(expect.arrayContaining(['Ana Lopes FOUNDED Novalis', 'Ana Lopes LEADS Novalis']));
  });

  it('reads a plain founder as a founder only', () => {
    const text = 'La société Novalis avance, selon sa fondatrice Ana Lopes.';
    expect(ties(text)).toContain('Ana Lopes FOUNDED Novalis');
    expect(ties(text)).not.toContain('Ana Lopes LEADS Novalis');
  });

  it('reads a role after an academic degree in English', () => {
    expect(ties('"This plant is key," said Werner Lang, PhD, CEO of Delta Biotech.')).toEqual(['Werner Lang LEADS Delta Biotech']);
  });

  it('reads two titles joined by "et" / "and" with an organisation each; a mayor leads no actor', () => {
    expect(ties('Paul Roux, maire de Lunel et président de Lunel Agglomération, était présent.')).toEqual([
      'Paul Roux LEADS Lunel Agglomération',
    ]);
    expect(ties('"A great step," declared Jean-Luc Morel, Mayor of Lunel and President of Lunel Agglomeration.')).toEqual([
      'Jean-Luc Morel LEADS Lunel Agglomeration',
    ]);
  });

  it('reads "CEO of A and of B" as leading both', () => {
    expect(ties('Tom Reed, CEO of Gamma Therapeutics and of the Gamma Research Institute, signed the deal.')).toEqual([
      'Tom Reed LEADS Gamma Therapeutics',
      'Tom Reed LEADS Gamma Research Institute',
    ]);
  });

  it('reads no second organisation when the names after "and" are a list of signatories', () => {
    expect(ties('Tom Reed, CEO of Gamma Therapeutics, and the Delta Institute signed the deal.')).not.toContain(
      'Tom Reed LEADS Delta Institute',
    );
  });
});

describe('structure stated by an apposition or a definition', () => {
  it('reads "dépendant de" and "rattaché à" as a part of its parent', () => {
    expect(ties("L'Institut Kappa, dépendant du CHU de Lunel, ouvre.")).toEqual(['Institut Kappa PART_OF CHU de Lunel']);
    expect(ties("Le laboratoire Kappa Bio, rattaché à l'Université de Lunel, recrute.")).toEqual(['Kappa Bio PART_OF Université de Lunel']);
  });

  it('reads no part from a dependence on customers or money', () => {
    expect(ties("L'Institut Kappa reste dépendant des subventions.")).toEqual([]);
  });

  it('reads "its wholly-owned subsidiary, X" with the owner in the possessive', () => {
    expect(ties("Evo Group's new plant will use the technology of its wholly-owned subsidiary, Evo Biologics.")).toEqual([
      'Evo Biologics PART_OF Evo Group',
    ]);
    expect(ties('Le groupe Alpha Santé agit via sa filiale à 100 %, Kappa Diagnostics.')).toEqual([
      'Kappa Diagnostics PART_OF Alpha Santé',
    ]);
  });

  it('reads "X is composed of A and B" as A and B part of X', () => {
    expect(ties('The Orion Institute is composed of the Vega Institute and the Delta Cancer Center.')).toEqual([
      'Vega Institute PART_OF Orion Institute',
      'Delta Cancer Center PART_OF Orion Institute',
    ]);
  });
});

describe('agreements between several named parties', () => {
  it('reads "une convention signée entre A, B et C" as three partnerships', () => {
    expect(ties("Une convention signée entre le CHU de Lunel, l'Institut Kappa et la société Alpha Bio prévoit des essais.")).toEqual([
      'CHU de Lunel PARTNERS_WITH Institut Kappa',
      'CHU de Lunel PARTNERS_WITH Alpha Bio',
      'Institut Kappa PARTNERS_WITH Alpha Bio',
    ]);
  });

  it('reads a framework agreement between two named parties', () => {
    expect(ties('Framework agreement signed between the Orion Institute and Vega Laboratories.')).toEqual([
      'Orion Institute PARTNERS_WITH Vega Laboratories',
    ]);
  });

  it('reads a letter of intent signed after a dated aside', () => {
    expect(ties("Alpha Bio et Beta Santé ont signé, lundi, une lettre d'intention.")).toEqual(['Alpha Bio PARTNERS_WITH Beta Santé']);
  });

  it('reads a joint announcement, past an apposition that says they act together', () => {
    expect(ties("Alpha Bio et Beta Santé annoncent conjointement le lancement d'un essai.")).toEqual([
      'Alpha Bio PARTNERS_WITH Beta Santé',
    ]);
    expect(
      ties('The Kappa Foundation and the Delta Institute, both major players on the campus, jointly announce the launch of a team.'),
    ).toEqual(['Kappa Foundation PARTNERS_WITH Delta Institute']);
  });

  it('reads no partnership across a clause that is not a joint apposition', () => {
    expect(ties('Alpha Bio et Beta Santé, dont les ventes baissent, annoncent conjointement un plan.')).toEqual([]);
  });
});

describe('a creation cut from its object by an insertion', () => {
  it('reads the founder and the partner around a dash insertion', () => {
    const text =
      "Le CHU de Lunel vient de créer – avec le soutien de la ville et en partenariat avec le pôle Delta Santé –, l'Institut Kappa.";
    expect(ties(text)).toEqual(['CHU de Lunel FOUNDED Institut Kappa', 'CHU de Lunel PARTNERS_WITH Delta Santé']);
  });

  it('reads no partner past the dash that closes the insertion', () => {
    const text = "Le CHU de Lunel vient de créer - en partenariat avec le pôle Delta Santé -, l'Institut Kappa.";
    expect(ties(text)).not.toContain('CHU de Lunel PARTNERS_WITH Institut Kappa');
  });
});

describe('dashes that open no insertion', () => {
  it('reads the subject after a dateline dash, not the agency in brackets', () => {
    expect(ties('(APX) – Alpha Santé has completed the acquisition of Beta Bio, the group said.')).toContain(
      'Alpha Santé TOOK_OVER Beta Bio',
    );
  });

  it('keeps a list whose first name holds a dash', () => {
    expect(
      ties('Kappa, a consortium founded by Université Lunel II - Jean Moulin, the CHU de Lunel and Inserm, was launched in May.'),
    ).toEqual(expect.arrayContaining(['CHU de Lunel FOUNDED Kappa', 'Inserm FOUNDED Kappa']));
  });
});

describe('takeovers by funds', () => {
  it('reads a fund that buys a company as its buyer, and the company as part of no fund', () => {
    expect(ties('La société Alpha Bio a été rachetée par le fonds Beta Capital.')).toEqual(['Beta Capital TOOK_OVER Alpha Bio']);
  });

  it("still reads a group that buys a company as the company's parent", () => {
    expect(ties('La société Alpha Bio a été rachetée par le groupe Beta Santé.')).toEqual([
      'Beta Santé TOOK_OVER Alpha Bio',
      'Alpha Bio PART_OF Beta Santé',
    ]);
  });
});
