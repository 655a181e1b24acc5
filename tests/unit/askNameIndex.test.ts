import { compactKey, distinctWordsNear, NameIndex } from '../../src/services/ask/nameIndex';
import type { EntityRow } from '../../src/db/rows';

const rows = [
  { id: 'zo-occ', labels: ['Entity', 'Actor'], names: ['Zo’Occ', "Zo'Occ"] },
  { id: 'valtrix', labels: ['Entity', 'Actor'], names: ['ValTrix Médical'] },
  { id: 'korvalin', labels: ['Entity', 'Actor'], names: ['Korvalin'] },
  { id: 'korvaline', labels: ['Entity', 'Actor'], names: ['Korvaline'] },
  { id: 'plan-bleu', labels: ['Entity', 'Programme'], names: ['Plan Bleu 2030'] },
  { id: 'brindal', labels: ['Entity', 'Place'], names: ['Brindal'] },
  { id: 'nor-care', labels: ['Entity', 'Actor'], names: ['groupe Nor Care'] },
];
const names = NameIndex.of(rows, async (id) => ({ id }) as EntityRow);
const ids = (matches: { id: string }[]) => matches.map((match) => match.id);

describe('a compact key', () => {
  it('ignores case, accents, spaces, hyphens and apostrophes', () => {
    expect(compactKey('Zo’Occ')).toBe('zoocc');
    expect(compactKey('ZO OCC')).toBe('zoocc');
    expect(compactKey('val-trix  médical')).toBe('valtrixmedical');
  });
});

describe('the compact-name index', () => {
  it('finds a name written with other spaces and marks', () => {
    expect(ids(names.exact(compactKey('zo occ')))).toEqual(['zo-occ']);
    expect(ids(names.exact(compactKey('VALTRIX MEDICAL')))).toEqual(['valtrix']);
    expect(ids(names.exact(compactKey('plan-bleu 2030')))).toEqual(['plan-bleu']);
  });

  it('finds only the labels asked for', () => {
    expect(ids(names.exact('brindal', ['Actor']))).toEqual([]);
    expect(ids(names.exact('brindal', ['Place']))).toEqual(['brindal']);
  });

  it('corrects a typo to the single nearest name', () => {
    expect(ids(names.nearest(compactKey('valtrik medical')))).toEqual(['valtrix']);
  });

  it('never takes a name of the graph for a typo of another', () => {
    expect(ids(names.nearest('korvaline'))).toEqual([]);
    expect(ids(names.nearest('korvalin'))).toEqual([]);
  });

  it('offers every name as near when a typo sits between two', () => {
    expect(ids(names.nearest('korvalina')).sort()).toEqual(['korvalin', 'korvaline']);
  });

  it('corrects no short word', () => {
    expect(ids(names.nearest('zoocx'))).toEqual([]);
  });
});

describe('a brand sharing a word with a known name', () => {
  it('is a typo of it only when the words that differ are a typo apart', () => {
    expect(distinctWordsNear('valtrix medical', 'valtrik medical')).toBe(true);
    expect(distinctWordsNear('laf care', 'pim care')).toBe(false);
    expect(distinctWordsNear('groupe nor care', 'groupe elcare')).toBe(false);
  });

  it('leaves names sharing no word, or holding every word of the phrase, to the other rules', () => {
    expect(distinctWordsNear('korvalin', 'korvalim')).toBe(true);
    expect(distinctWordsNear('chu de brindal', 'chu brindal')).toBe(true);
    expect(distinctWordsNear('valtrix brindal', 'valtrix a brindal')).toBe(true);
  });

  it('is found through the compact-name index as a typo only so', () => {
    expect(ids(names.nearest(compactKey('groupe norcarre'), undefined, 'groupe norcarre'))).toEqual(['nor-care']);
    expect(ids(names.nearest(compactKey('groupe elcare'), undefined, 'groupe elcare'))).toEqual([]);
  });
});
