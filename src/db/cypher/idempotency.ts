import { cypher } from './statement';

/**
 * Claims an idempotency key at the start of a write transaction. MERGE on the unique key locks it, so
 * a concurrent retry with the same key waits for the first to commit, then finds its result.
 */
export const CLAIM_IDEMPOTENCY_KEY = cypher(
  'idempotency.claim',
  `MERGE (k:IdempotencyKey {key: $key})
   ON CREATE SET k.fingerprint = $fingerprint, k.at = datetime()
   RETURN k.fingerprint AS fingerprint, k.result AS result`,
);

/** Records the mutation's result under its key, in the transaction that made the write. */
export const RECORD_IDEMPOTENT_RESULT = cypher('idempotency.record', 'MATCH (k:IdempotencyKey {key: $key}) SET k.result = $result');
