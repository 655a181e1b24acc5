import { cypher, type Database } from '../../src/db/database';

/** Removes what curation tests wrote (their actors, change records and reference sources), so the shared seed graph is as it was. */
export function removeCurationWrites(db: Database): Promise<unknown> {
  return db.write(
    cypher(
      'test.cleanCuration',
      `MATCH (n) WHERE n.origin = 'curation' OR n:Change OR (n:Source AND n.id STARTS WITH 'ref-') OR (n:Passage AND n.id STARTS WITH 'ref-')
       DETACH DELETE n`,
    ),
  );
}
