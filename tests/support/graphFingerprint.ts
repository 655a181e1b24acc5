import { cypher, type Database } from '../../src/db/database';

const FINGERPRINT = cypher(
  'test.graphFingerprint',
  `MATCH (n) UNWIND labels(n) AS label RETURN 'nodes :' + label AS key, count(*) AS count
   UNION ALL
   MATCH ()-[r]->() RETURN 'ties :' + type(r) AS key, count(*) AS count
   UNION ALL
   MATCH (a:Actor) WHERE a.retiredAt IS NOT NULL RETURN 'retired actors' AS key, count(*) AS count`,
);

/** Counts of nodes by label, ties by type and retired actors: what a test that forgot to clean up changes. */
export async function graphFingerprint(db: Database): Promise<Record<string, number>> {
  const rows = await db.read<{ key: string; count: number }>(FINGERPRINT);
  return Object.fromEntries(rows.filter((row) => row.count > 0).map((row) => [row.key, row.count]));
}
