import type { EntityRow } from '../../src/db/rows';
import { loadVocabulary } from '../../src/domain/vocabulary';
import { Lexicon } from '../../src/services/ask/lexicon';
import { regionAsArea } from '../../src/services/ask/scaffolding';
import { tokenize } from '../../src/services/ask/text';

/** A23z: places said by their adjective, and the region said after a kind word as the area the actors are in. */

const place = (id: string, name: string, kind: string) => ({ _labels: ['Place'], id, name, kind }) as unknown as EntityRow;
const lexicon = new Lexicon(loadVocabulary(), [
  place('zorbes', 'Zorbes', 'CITY'),
  place('glarn', 'Glarn', 'DEPARTMENT'),
  place('vrona', 'Vrona', 'CITY'),
  place('zorbland', 'Zorbland', 'COUNTRY'),
]);

describe('the adjective of a place of the graph', () => {
  it('is its stem with the regular endings, in every gender and number', () => {
    for (const word of ['zorbois', 'zorboise', 'zorboises', 'zorbain', 'zorbaines', 'zorbien', 'zorbiennes'])
      expect(lexicon.placeOfAdjective(word)?.id).toBe('zorbes');
  });

  it('takes a doubled last consonant or a linking n', () => {
    expect(lexicon.placeOfAdjective('glarnnais')?.id).toBe('glarn');
    expect(lexicon.placeOfAdjective('glarnais')?.id).toBe('glarn');
    expect(lexicon.placeOfAdjective('vronanaise')?.id).toBe('vrona');
  });

  it('is read as the place in a filter phrase', () => {
    const tokens = tokenize('entreprises zorboises');
    const reading = lexicon.contentAt(tokens, 1, 2);
    expect(reading?.kind === 'content' && reading.entry.role === 'PLACE' && reading.entry.node.id).toBe('zorbes');
  });

  it('is not derived for a country (their words are in the vocabulary)', () => {
    expect(lexicon.placeOfAdjective('zorblandais')).toBeUndefined();
    expect(lexicon.placeOfAdjective('zorbes')).toBeUndefined();
  });
});

describe('the region after a kind word', () => {
  const isKindAt = (tokens: readonly { folded: string }[], from: number, to: number) =>
    to === from + 1 && ['chu', 'biotechs', 'labos'].includes(tokens[from]!.folded);

  it('is the area the actors are in, in French and in English', () => {
    expect(regionAsArea('les CHU de la région', isKindAt)).toBe('les CHU en Occitanie');
    expect(regionAsArea('biotechs in the region?', isKindAt)).toBe('biotechs in Occitanie?');
    expect(regionAsArea('les labos toulousains dans la region', isKindAt)).toBe('les labos toulousains en Occitanie');
  });

  it('stays the authority after another word, before its name, or as an owner', () => {
    expect(regionAsArea('les aides de la Région', isKindAt)).toBe('les aides de la Région');
    expect(regionAsArea('les CHU de la Région Occitanie', isKindAt)).toBe('les CHU de la Région Occitanie');
    expect(regionAsArea("the region's biotechs", isKindAt)).toBe("the region's biotechs");
  });
});
