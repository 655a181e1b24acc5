import type { ActorRow, EntityRow, FigureRow, TiedActorRow } from '../../src/db/rows';
import { loadVocabulary } from '../../src/domain/vocabulary';
import { holdersOf, targetsOnly } from '../../src/services/ask/answering';
import { matchShape, shapesOf } from '../../src/services/ask/grammar';
import { classIdOf } from '../../src/services/ask/intentTraining';
import { spanText, tokenize } from '../../src/services/ask/text';

/** A23q: the pure parts of labelled holders, jobs to come and the new shapes. No database. */

const vocabulary = loadVocabulary();
const shapes = shapesOf(vocabulary);

function actor(id: string, kind: ActorRow['kind']): ActorRow {
  return { id, name: id, nameKey: id, aliases: [], kind, passageIds: [] };
}

function labelled(labeller: ActorRow, holder: ActorRow, since: string): TiedActorRow {
  return {
    actor: labeller,
    score: 1,
    path: {
      nodes: [holder, labeller],
      edges: [{ type: 'LABELLED', from: labeller.id, to: holder.id, since, passageIds: [] }],
      specificity: 1,
    },
  };
}

describe('holders of a tie (`IHU labellisés en 2023`)', () => {
  const state = actor('etat', 'PUBLIC_AUTHORITY');
  const healthAge = actor('healthage', 'HOSPITAL_UNIVERSITY_INSTITUTE');
  const immun4Cure = actor('immun4cure', 'HOSPITAL_UNIVERSITY_INSTITUTE');

  it('answers the subjects the kept ties start from, each once, never the labeller', () => {
    const held = holdersOf([labelled(state, healthAge, '2023-05'), labelled(state, immun4Cure, '2023-05')], [healthAge, immun4Cure]);
    expect(held.map((row) => row.actor.id)).toEqual(['healthage', 'immun4cure']);
    expect(held[0]!.path.edges[0]!.type).toBe('LABELLED');
  });

  it('leaves out the subjects no kept tie reaches', () => {
    expect(holdersOf([labelled(state, healthAge, '2023-05')], [healthAge, immun4Cure]).map((row) => row.actor.id)).toEqual(['healthage']);
    expect(holdersOf([], [healthAge])).toEqual([]);
  });

  it('leaves out a subject that is no actor', () => {
    const programme = { id: 'france-2030', name: 'France 2030', kind: 'STRATEGY', passageIds: [] } as unknown as EntityRow;
    expect(holdersOf([labelled(state, programme as unknown as ActorRow, '2023')], [programme])).toEqual([]);
  });

  it('is a class of its own for the intent model', () => {
    expect(classIdOf({ operation: 'RELATED', ties: ['LABELLED'], holders: true, shape: 'quels {a} ont été labellisés' })).toBe(
      'RELATED:LABELLED:IN:HOLDERS',
    );
    expect(classIdOf({ operation: 'RELATED', ties: ['LABELLED'], shape: 'qui a labellisé {a}' })).toBe('RELATED:LABELLED:IN');
  });
});

describe('figures to come (`combien d’emplois X va créer`)', () => {
  const figure = (metric: FigureRow['metric'], qualifier: FigureRow['qualifier']) => ({ metric, value: 1, qualifier }) as FigureRow;

  it('keeps the targets apart from the figures recorded', () => {
    const { kept, notKept } = targetsOnly([figure('JOBS', 'TARGET'), figure('EMPLOYEES', 'EXACT'), figure('EMPLOYEES', 'APPROXIMATE')]);
    expect(kept.map((f) => f.metric)).toEqual(['JOBS']);
    expect(notKept).toHaveLength(2);
  });
});

describe('A23q shapes', () => {
  const match = (question: string) => {
    const tokens = tokenize(question);
    const found = matchShape(shapes, tokens);
    return { found, slot: (name: 'a' | 'b' | 'f') => (found?.slots[name] ? spanText(question, tokens, found.slots[name]!) : null) };
  };

  it('reads the actors labelled as holders of the tie', () => {
    for (const question of ['quels IHU ont été labellisés', 'IHU labellisés', 'which IHUs were labelled', 'the IHUs labelled']) {
      const { found, slot } = match(question);
      expect(found?.shape.relation).toEqual({ ties: ['LABELLED'], direction: 'IN', holders: true });
      expect(slot('a')).toMatch(/^IHUs?$/);
    }
    // Who labelled stays a question about the labeller.
    expect(match('qui a labellisé les IHU').found?.shape.relation?.holders).toBeUndefined();
  });

  it('reads start-ups that came out of a body as spun off from it or incubated by it', () => {
    const { found, slot } = match('quelles jeunes pousses sont sorties du Centre Pierre Potier');
    expect(found?.shape.relation?.ties).toEqual(['SPUN_OFF_FROM', 'INCUBATED_BY']);
    expect(slot('a')).toBe('Centre Pierre Potier');
    expect(match('les spin-off du CHU de Toulouse').found?.shape.relation?.ties).toEqual(['SPUN_OFF_FROM']);
    expect(match('which companies were spun off from the CNRS').found?.shape.relation?.ties).toEqual(['SPUN_OFF_FROM']);
    expect(match('startups that graduated from the BIC').found?.shape.relation?.ties).toEqual(['INCUBATED_BY']);
  });

  it('reads telegraphic money questions, the recipient first', () => {
    const two = match('financement ciloa région montant');
    expect(two.found?.shape.operation).toBe('FUNDING');
    expect([two.slot('a'), two.slot('b')]).toEqual(['ciloa', 'région']);
    const one = match('financement ciloa montant');
    expect([one.slot('a'), one.slot('b')]).toEqual(['ciloa', null]);
  });

  it('reads jobs to come as figures', () => {
    for (const question of [
      "combien d'emplois Evotec va créer",
      "combien d'emplois vont être créés chez Evotec",
      'how many jobs will Evotec create',
    ]) {
      const { found, slot } = match(question);
      expect(found?.shape.operation).toBe('FIGURES');
      expect(slot('a')).toBe('Evotec');
    }
  });
});
