import { Linker } from '../../../src/services/ingestion/linking/linker';
import { compactKey, type GraphNames, nameKey } from '../../../src/services/ingestion/linking/names';

const NAMES: GraphNames = {
  actors: [
    {
      id: 'chu-toulouse',
      name: 'CHU de Toulouse',
      aliases: ['Centre hospitalier universitaire de Toulouse'],
      kind: 'UNIVERSITY_HOSPITAL',
      place: 'toulouse',
    },
    { id: 'universite-montpellier', name: 'Université de Montpellier', aliases: [], kind: 'UNIVERSITY', place: 'montpellier' },
    { id: 'ad-occ', name: 'Ad’Occ', aliases: [], kind: 'AGENCY', place: null },
    { id: 'genomix', name: 'Genomix Therapeutics', aliases: [], kind: 'COMPANY', place: null },
    { id: 'anr', name: 'Agence nationale de la recherche', aliases: [], kind: 'AGENCY', place: null },
  ],
  places: [],
  programmes: [{ id: 'defi-sante', name: 'Défi Santé Demain', aliases: [], kind: 'CHALLENGE' }],
  domains: [],
};
const linker = new Linker(NAMES);

describe('the key names are compared by', () => {
  it('ignores case, accents, apostrophes, articles and small linking words', () => {
    expect(nameKey("l'Université de Montpellier")).toBe(nameKey('UNIVERSITE MONTPELLIER'));
    expect(compactKey('CHU Toulouse')).toBe(compactKey('le CHU de Toulouse'));
    expect(compactKey("Ad'Occ")).toBe(compactKey('AdOcc'));
    expect(compactKey('Genomix')).not.toBe(compactKey('Genomix Therapeutics'));
  });
});

describe('linking a name to the graph', () => {
  it.each([
    ['CHU Toulouse', 'chu-toulouse', 1],
    ["l'université de montpellier", 'universite-montpellier', 1],
    ['AD’OCC', 'ad-occ', 1],
    ['Centre hospitalier universitaire de Toulouse', 'chu-toulouse', 1],
    ['Genomix Therapeutic', 'genomix', 0.8],
    ['Genomyx Therapeutics', 'genomix', 0.8],
  ])('links "%s" to %s (confidence %s)', (name, id, confidence) => {
    expect(linker.link(name)).toMatchObject({ id, confidence });
  });

  it('links an acronym of a long name by its initials, with less confidence', () => {
    expect(linker.link('ANR')).toMatchObject({ id: 'anr', confidence: 0.7 });
    expect(linker.link('anr')).toBeUndefined();
  });

  it('links nothing for a new name, a short typo or an actor asked as a programme', () => {
    expect(linker.link('Vitalyse')).toBeUndefined();
    expect(linker.link('CHU de Tours')).toBeUndefined();
    expect(linker.link('Défi Santé Demain')).toBeUndefined();
    expect(linker.link('Défi Santé Demain', 'PROGRAMME')?.id).toBe('defi-sante');
  });

  it('finds the known names written in a sentence, with their offsets', () => {
    const text = 'Le CHU de Toulouse et AD’OCC lancent le Défi Santé Demain.';
    const found = linker.findKnown({ start: 100, text });
    expect(found.map((m) => [m.link.id, m.target, m.text])).toEqual([
      ['chu-toulouse', 'ACTOR', 'CHU de Toulouse'],
      ['ad-occ', 'ACTOR', 'AD’OCC'],
      ['defi-sante', 'PROGRAMME', 'Défi Santé Demain'],
    ]);
    for (const m of found) expect(text.slice(m.start - 100, m.end - 100)).toBe(m.text);
  });

  it('lists existing actors a new name may duplicate, best first', () => {
    expect(linker.possibleDuplicates('Genomix').map((d) => d.id)).toEqual(['genomix']);
    expect(linker.possibleDuplicates('Universite Montpelier').map((d) => d.id)).toEqual(['universite-montpellier']);
    expect(linker.possibleDuplicates('Vitalyse')).toEqual([]);
  });
});
