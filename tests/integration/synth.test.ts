import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../../src/db/database';
import { tiedToQuery } from '../../src/db/cypher/search';
import { createDriver } from '../../src/db/driver';
import { findTiedActors } from '../../src/db/graphSearch';
import { toGraphBatch } from '../../src/services/seeding/graphBatch';
import { countGraph, writeGraph } from '../../src/db/writeGraph';
import { LocalNeo4j } from '../../src/localNeo4j/localNeo4j';
import { walkableTies } from '../../src/services/graphSearch';
import { generateEcosystem } from '../../src/synth/generate';
import { loadSynthetic } from '../../src/synth/load';

/**
 * The synthetic graph on a Neo4j of its own (never the shared test database with the seed graph):
 * it loads through the seed loader's path, reloading changes nothing, it refuses a database holding
 * real entities, and on its hubby graph tiedTo's widening caps give the same answer as one full walk.
 */

const ACTORS = 1500;
let home: string;
let server: LocalNeo4j;
let db: Database;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'ohg-synth-neo4j-'));
  server = await LocalNeo4j.start({ home, heapSize: '512m', pageCacheSize: '128m' });
  db = new Database(createDriver(server.connection), { database: 'neo4j', timeoutMs: 60_000 });
}, 180_000);
afterAll(async () => {
  await db?.close();
  await server?.stop();
  rmSync(home, { recursive: true, force: true });
});

describe('npm run synth', () => {
  it('loads the generated graph, all of it, and a second load changes nothing', async () => {
    const report = await loadSynthetic(db, { actors: ACTORS, seed: 3, batchSize: 500 });
    const batch = toGraphBatch(generateEcosystem({ actors: ACTORS, seed: 3 }).seeds, 'synthetic');
    expect(report.loaded).toBe(true);
    expect(report.nodesCreated).toBe(batch.nodes.length);
    expect(report.relationshipsCreated).toBe(batch.ties.length);
    expect(report.relationshipsPerSecond).toBeGreaterThan(0);
    expect(await countGraph(db)).toEqual({ nodes: batch.nodes.length, relationships: batch.ties.length });

    const again = await loadSynthetic(db, { actors: ACTORS, seed: 3, batchSize: 500 });
    expect(again.loaded).toBe(false);
    expect(await countGraph(db)).toEqual({ nodes: batch.nodes.length, relationships: batch.ties.length });
  }, 120_000);

  it('refuses another synthetic graph unless told to replace it', async () => {
    await expect(loadSynthetic(db, { actors: 200, seed: 3, batchSize: 500 })).rejects.toThrow(/another synthetic graph.*--replace/);
    expect((await countGraph(db)).nodes).toBeGreaterThan(1500);
  });

  it('gives tiedTo answers identical to one walk at the full hub limit, from hubs and from small actors', async () => {
    const types = walkableTies([]);
    const query = tiedToQuery(types, 3, ['n.retiredAt IS NULL']);
    for (const anchor of ['syn-actor-0', 'syn-actor-1', 'syn-actor-7', 'syn-actor-100', 'syn-actor-777', 'syn-actor-1499']) {
      const widened = await findTiedActors(db, { anchor, filter: {}, types, maxHops: 3, hubLimit: 1000, first: 10 });
      const oneWalk = await db.read<{ actor: { id: string }; score: number }>(query, { anchor, first: 10, hubCap: 1000 });
      expect(widened.map((r) => [r.actor.id, r.score.toFixed(9)])).toEqual(oneWalk.map((r) => [r.actor.id, r.score.toFixed(9)]));
    }
  }, 120_000);

  it('never writes beside real entities', async () => {
    await writeGraph(db, {
      nodes: [
        {
          label: 'Actor',
          id: 'real-actor',
          props: { name: 'Real', nameKey: 'real', kind: 'COMPANY', aliases: [], passageIds: [], origin: 'seed' },
        },
      ],
      ties: [],
    });
    const before = await countGraph(db);
    await expect(loadSynthetic(db, { actors: 300, seed: 9, batchSize: 500, replace: true })).rejects.toThrow(
      /1 real \(non-synthetic\) entities/,
    );
    expect(await countGraph(db)).toEqual(before);
  });
});
