import type { Driver, SessionConfig } from 'neo4j-driver';
import { cypher, Database } from '../../src/db/database';

/**
 * Database.stream and Database.graphVersion over a fake driver: rows reach the caller as the server
 * sends them, the session closes however the caller stops, and the version follows the server's bookmark.
 */

const QUERY = cypher('test.rows', 'UNWIND range(1, 3) AS n RETURN n');

interface FakeServer {
  /** Rows the server has sent so far. */
  sent: number;
  rows: number;
  closedSessions: number;
  configs: SessionConfig[];
  bookmark: string[];
}

function fakeDriver(server: FakeServer): Driver {
  return {
    session(config: SessionConfig) {
      server.configs.push(config);
      return {
        run() {
          const records = (async function* () {
            for (let n = 1; n <= server.rows; n++) {
              server.sent = n;
              yield { toObject: () => ({ n }) };
            }
          })();
          // biome-ignore lint/suspicious/noThenProperty: the driver's Result is a thenable as well as an async iterable
          return Object.assign(records, { then: (done: (value: unknown) => unknown) => Promise.resolve({ records: [] }).then(done) });
        },
        lastBookmarks: () => server.bookmark,
        close: async () => void server.closedSessions++,
      };
    },
    executeQueryBookmarkManager: {},
    close: async () => undefined,
  } as unknown as Driver;
}

const setUp = (rows = 3) => {
  const server: FakeServer = { sent: 0, rows, closedSessions: 0, configs: [], bookmark: ['FB:first'] };
  return { server, db: new Database(fakeDriver(server), { database: 'neo4j', timeoutMs: 1_000 }) };
};

describe('a streamed read', () => {
  it('hands each row over before the server has sent the next', async () => {
    const { server, db } = setUp();
    const seen: [number, number][] = [];
    for await (const row of db.stream<{ n: number }>(QUERY)) seen.push([row.n, server.sent]);
    expect(seen).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(server.closedSessions).toBe(1);
  });

  it('closes its session when the reader stops early', async () => {
    const { server, db } = setUp(1_000);
    for await (const row of db.stream<{ n: number }>(QUERY)) if (row.n === 2) break;
    expect([server.sent, server.closedSessions]).toEqual([2, 1]);
  });

  it('asks the server for rows in batches', async () => {
    const { server, db } = setUp();
    for await (const _ of db.stream(QUERY)) break;
    expect(server.configs[0]).toMatchObject({ defaultAccessMode: 'READ', fetchSize: 500 });
  });
});

describe('the graph version', () => {
  it('stays while the server names the same last transaction and changes when it names another', async () => {
    const { server, db } = setUp();
    const first = await db.graphVersion();
    expect(await db.graphVersion()).toBe(first);
    server.bookmark = ['FB:second'];
    expect(await db.graphVersion()).not.toBe(first);
  });

  it('is unknown when the server names no transaction, so nothing is tagged with a version that never changes', async () => {
    const { server, db } = setUp();
    server.bookmark = [];
    expect(await db.graphVersion()).toBeUndefined();
  });

  it('reads the state of the server itself, not after the bookmarks of this process', async () => {
    const { server, db } = setUp();
    await db.graphVersion();
    expect(server.configs[0]).toEqual({ database: 'neo4j', defaultAccessMode: 'READ' });
  });
});
