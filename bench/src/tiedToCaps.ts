/**
 * `node bench/dist/tiedToCaps.js --actors 10000`: tiedTo before and after the widening hub caps, side
 * by side on the same synthetic graph and anchors. "before" is the walk the API ran until then: every
 * path of up to 3 hops through any node, then the best per actor. "one walk" is a single walk at
 * the hub limit (1,000); "widening" is what the API runs now. Prints medians and p99 per variant and
 * checks the widening answer equals the one-walk answer.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LocalNeo4j } from '../../dist/localNeo4j/localNeo4j';
import { Database, cypher } from '../../dist/db/database';
import { createDriver } from '../../dist/db/driver';
import { tiedToQuery } from '../../dist/db/cypher/search';
import { findTiedActors } from '../../dist/db/graphSearch';
import { HUB_LIMIT } from '../../dist/domain/limits';
import { walkableTies } from '../../dist/services/graphSearch';

const ROOT = resolve(__dirname, '..', '..');
const { values } = parseArgs({
  options: {
    actors: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    anchors: { type: 'string', default: '20' },
    'before-timeout': { type: 'string', default: '30000' },
  },
});

/** The tiedTo statement as it was before the degree caps: all paths, no hub limit (the reference the caps are checked against). */
function beforeQuery(types: string): string {
  return `MATCH (start:Entity {id: $anchor})
     MATCH path = (start)-[:${types}*1..3]-(n:Actor)
     WHERE n <> start AND n.retiredAt IS NULL
       AND all(x IN nodes(path) WHERE single(y IN nodes(path) WHERE y = x))
       AND none(x IN nodes(path)[1..-1] WHERE x:Actor AND x.retiredAt IS NOT NULL)
     WITH n, path, reduce(s = 1.0, x IN nodes(path)[1..-1] | s / log(e() + COUNT { (x)-[:${types}]-() })) AS score
     ORDER BY score DESC, length(path)
     WITH n, collect(path)[0] AS best, max(score) AS score
     ORDER BY score DESC, n.nameKey, n.id
     LIMIT 10
     RETURN n.id AS id, score`;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

async function main(): Promise<void> {
  const actors = Number(values.actors);
  const local = await LocalNeo4j.start({
    home: join(ROOT, '.neo4j', `synth-${actors}-seed${values.seed}`),
    heapSize: '2g',
    pageCacheSize: '1g',
  });
  const db = new Database(createDriver(local.connection), { database: 'neo4j', timeoutMs: Number(values['before-timeout']) });
  try {
    const types = walkableTies([]);
    const step = Math.floor(actors / Number(values.anchors));
    const anchors = Array.from({ length: Number(values.anchors) }, (_, i) => `syn-actor-${i * step + 1}`);
    const oneWalk = tiedToQuery(types, 3, ['n.retiredAt IS NULL']);
    const before = cypher('bench.tiedToBefore', beforeQuery(types.join('|')));
    const times: Record<string, number[]> = { before: [], oneWalk: [], widening: [] };
    let same = 0;
    let beforeTimeouts = 0;
    for (let round = 0; round < 2; round++) {
      for (const anchor of anchors) {
        let t = performance.now();
        const widened = await findTiedActors(db, { anchor, filter: {}, types, maxHops: 3, hubLimit: HUB_LIMIT.default, first: 10 });
        const wideningMs = performance.now() - t;
        t = performance.now();
        const walked = await db.read<{ actor: { id: string }; score: number }>(oneWalk, { anchor, first: 10, hubCap: HUB_LIMIT.default });
        const oneWalkMs = performance.now() - t;
        t = performance.now();
        let beforeMs = Number.NaN;
        try {
          await db.read(before, { anchor });
          beforeMs = performance.now() - t;
        } catch {
          beforeTimeouts++;
          beforeMs = Number(values['before-timeout']);
        }
        if (round === 0) {
          same +=
            JSON.stringify(widened.map((r) => [r.actor.id, r.score.toFixed(9)])) ===
            JSON.stringify(walked.map((r) => [r.actor.id, r.score.toFixed(9)]))
              ? 1
              : 0;
          continue; // the first round warms plans and caches
        }
        times.widening!.push(wideningMs);
        times.oneWalk!.push(oneWalkMs);
        times.before!.push(beforeMs);
      }
    }
    const line = (name: string) => `${name}: median ${pct(times[name]!, 0.5).toFixed(0)} ms, p99 ${pct(times[name]!, 0.99).toFixed(0)} ms`;
    console.log(`${actors} actors, ${anchors.length} anchors, second round (warm):`);
    console.log(
      line('before'),
      beforeTimeouts
        ? `(${beforeTimeouts} of ${anchors.length * 2} runs hit the ${values['before-timeout']} ms time-out, counted at the time-out)`
        : '',
    );
    console.log(line('oneWalk'));
    console.log(line('widening'));
    console.log(`widening answer identical to the one-walk answer for ${same} of ${anchors.length} anchors`);
  } finally {
    await db.close();
    await local.stop();
  }
}

void main();
