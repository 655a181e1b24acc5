import { cypher, type Database } from '../../src/db/database';

/** Removes what ingestion tests stored and wrote, so the shared seed graph is as it was for the other test files. */
export async function cleanIngestion(db: Database): Promise<void> {
  const statements = [
    "MATCH (n) WHERE n.origin = 'ingestion' OR n:Document OR n:Proposal OR ((n:Source OR n:Passage) AND n.id STARTS WITH 'doc-') DETACH DELETE n",
    "MATCH (c:Change) WHERE c.action STARTS WITH 'review' DELETE c",
    // Ties of seed nodes that ingestion cited: those it alone cites go, the others lose its passages.
    "MATCH ()-[r]->() WHERE all(p IN coalesce(r.passageIds, ['seed']) WHERE p STARTS WITH 'doc-') DELETE r",
    "MATCH ()-[r]->() WHERE any(p IN r.passageIds WHERE p STARTS WITH 'doc-') SET r.passageIds = [p IN r.passageIds WHERE NOT p STARTS WITH 'doc-']",
    "MATCH (a:Actor) WHERE any(p IN a.passageIds WHERE p STARTS WITH 'doc-') SET a.passageIds = [p IN a.passageIds WHERE NOT p STARTS WITH 'doc-']",
  ];
  for (const [i, text] of statements.entries()) await db.write(cypher(`test.cleanIngestion${i}`, text));
}
