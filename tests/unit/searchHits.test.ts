import type { Database } from '../../src/db/database';
import { searchEntities } from '../../src/db/graphSearch';

/** A hit whose stored fields count how often they are read. */
function countedNode() {
  const reads = { count: 0 };
  const node = {
    id: 'a1',
    _labels: ['Entity', 'Actor'],
    get name() {
      reads.count++;
      return 'Clinique des Vignes';
    },
    get aliases() {
      reads.count++;
      return ['CDV'];
    },
    get description() {
      reads.count++;
      return 'Soins de suite près de Nîmes.';
    },
  };
  return { node, reads };
}

/** A database that answers the search statement with the given rows. */
function answering(rows: object[]): Database {
  return { read: async () => rows } as unknown as Database;
}

describe('search hits: the fields that matched', () => {
  const args = { text: 'vignes', labels: ['Actor' as const], filter: {}, first: 10 };

  it('are not worked out while nobody reads them', async () => {
    const { node, reads } = countedNode();
    const [hit] = await searchEntities(answering([{ node, score: 2 }]), args);
    expect(hit!.score).toBe(2);
    expect(reads.count).toBe(0);
  });

  it('are worked out when read, once', async () => {
    const { node, reads } = countedNode();
    const [hit] = await searchEntities(answering([{ node, score: 2 }]), args);
    expect(hit!.matchedFields).toEqual(['NAME']);
    const afterFirst = reads.count;
    expect(afterFirst).toBeGreaterThan(0);
    expect(hit!.matchedFields).toEqual(['NAME']);
    expect(reads.count).toBe(afterFirst);
  });
});
