import type { CypherQuery } from '../database';

// Plain objects rather than cypher(): database.ts imports this module, so it must not import database.ts back at run time.

/**
 * Claims an idempotency key at the start of a write transaction. MERGE on the unique key locks it, so
 * a concurrent retry with the same key waits for the first to commit, then finds its result.
 */
export const CLAIM_IDEMPOTENCY_KEY: CypherQuery = {
  name: 'idempotency.claim',
  text: `MERGE (k:IdempotencyKey {key: $key})
   ON CREATE SET k.fingerprint = $fingerprint, k.at = datetime()
   RETURN k.fingerprint AS fingerprint, k.result AS result`,
};

/** Records the mutation's result under its key, in the transaction that made the write. */
export const RECORD_IDEMPOTENT_RESULT: CypherQuery = { name: 'idempotency.record', text: 'MATCH (k:IdempotencyKey {key: $key}) SET k.result = $result' };
