import { randomUUID } from 'node:crypto';
import type { Transaction } from '../../db/database';
import { CHANGES, RECORD_CHANGES } from '../../db/cypher/curation';
import type { ServiceContext } from '../context';

/** One entry of the write history (a :Change node). */
export interface ChangeRecord {
  id: string;
  at: string;
  curator: string;
  action: string;
  targetId: string;
  reason?: string;
  before?: string;
  after?: string;
}

export function changeOf(
  curator: string,
  action: string,
  targetId: string,
  snapshot: { before?: unknown; after?: unknown; reason?: string },
): ChangeRecord {
  return {
    id: randomUUID(),
    at: new Date().toISOString(),
    curator,
    action,
    targetId,
    ...(snapshot.reason ? { reason: snapshot.reason } : {}),
    ...(snapshot.before !== undefined ? { before: JSON.stringify(snapshot.before) } : {}),
    ...(snapshot.after !== undefined ? { after: JSON.stringify(snapshot.after) } : {}),
  };
}

/** Writes history entries in the caller's transaction, so a write and its record commit together. */
export async function recordChanges(tx: Transaction, changes: ChangeRecord[]): Promise<void> {
  if (changes.length > 0) await tx.run(RECORD_CHANGES, { changes });
}

/** The latest history entries, newest first, of one target or of all. */
export async function listChanges(sc: ServiceContext, args: { targetId?: string | null; first: number }): Promise<ChangeRecord[]> {
  return (await sc.db.read<{ change: ChangeRecord }>(CHANGES, { targetId: args.targetId ?? null, first: args.first })).map(
    (row) => row.change,
  );
}
