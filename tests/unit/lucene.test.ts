import { allTermsQuery, editsWithin, escapeLuceneTerm, fieldMatcher, weightedFieldsQuery } from '../../src/db/lucene';

describe('full-text queries from user text', () => {
  it('weights name over aliases over description in one query, prefix matching only in names and aliases', () => {
    expect(weightedFieldsQuery('Evotec')).toBe(
      'name:((evotec^4 evotec*^2 evotec~1))^3 aliases:((evotec^4 evotec*^2 evotec~1))^2 description:((evotec^4 evotec~1))^1',
    );
  });

  it('keeps Lucene syntax out of the query: user text is only words', () => {
    expect(weightedFieldsQuery('name:x) OR *')).toBe(
      'name:((name^4 name*^2 name~1))^3 aliases:((name^4 name*^2 name~1))^2 description:((name^4 name~1))^1',
    );
    expect(weightedFieldsQuery('?? ! *')).toBeUndefined();
    expect(allTermsQuery('Pierre Fabre')).toBe('+(pierre^4 pierre*^2 pierre~1) +(fabre^4 fabre*^2 fabre~1)');
    expect(escapeLuceneTerm('a+b:c')).toBe('a\\+b\\:c');
  });
});

describe('fieldMatcher: the fields a hit matched', () => {
  const node = { name: 'Evotec', aliases: ['Evotec SE'], description: 'Bioproduction de vaccins à Toulouse.' };

  it('names the fields the terms match, best first', () => {
    expect(fieldMatcher('evotec')(node)).toEqual(['NAME', 'ALIAS']);
    expect(fieldMatcher('vaccins')(node)).toEqual(['DESCRIPTION']);
    expect(fieldMatcher('toulouse evotec')(node)).toEqual(['NAME', 'ALIAS', 'DESCRIPTION']);
  });

  it('matches as the query does: accents folded, prefixes in names only, typos within the allowed edits', () => {
    expect(fieldMatcher('ÉVOTEC')(node)).toEqual(['NAME', 'ALIAS']);
    expect(fieldMatcher('evot')(node)).toEqual(['NAME', 'ALIAS']);
    expect(fieldMatcher('bioprod')(node)).toEqual([]);
    expect(fieldMatcher('evotce')(node)).toEqual(['NAME', 'ALIAS']);
    expect(fieldMatcher('vacins')(node)).toEqual(['DESCRIPTION']);
    expect(fieldMatcher('vaxxins')(node)).toEqual([]);
  });

  it('reads words as the index does: an apostrophe between letters stays inside the word', () => {
    const region = { name: 'Région Occitanie', description: "Collectivité d'Occitanie ; l’État copilote." };
    expect(fieldMatcher('etat')(region)).toEqual([]);
    // "d'occitanie" is two edits from "occitanie", within what a nine-letter term allows.
    expect(fieldMatcher('occitanie')(region)).toEqual(['NAME', 'DESCRIPTION']);
    expect(fieldMatcher('copilote')(region)).toEqual(['DESCRIPTION']);
  });

  it('reads nodes without some fields', () => {
    expect(fieldMatcher('paris')({ name: 'Paris' })).toEqual(['NAME']);
    expect(fieldMatcher('paris')({ amount: 3 })).toEqual([]);
  });
});

describe('editsWithin', () => {
  it('counts insertions, deletions, substitutions and swaps of neighbours as one edit each', () => {
    expect(editsWithin('evotec', 'evotec', 0)).toBe(true);
    expect(editsWithin('evotec', 'evotek', 1)).toBe(true);
    expect(editsWithin('evotec', 'evoteck', 1)).toBe(true);
    expect(editsWithin('evotec', 'evtec', 1)).toBe(true);
    expect(editsWithin('evotec', 'evoetc', 1)).toBe(true);
    expect(editsWithin('evotec', 'eovtce', 1)).toBe(false);
    expect(editsWithin('evotec', 'eovtce', 2)).toBe(true);
    expect(editsWithin('ab', 'xyz', 2)).toBe(false);
  });
});
