import type { Database, Transaction, WriteStats } from './database';
import { COUNT_GRAPH, mergeNodesQuery, mergeTiesQuery } from './cypher/write';
import type { NodeLabel, TieType } from '../domain/model';

export type PropertyValue = string | number | boolean | string[];

/** A node to MERGE by (label, id) and SET with props. */
export interface NodeRecord {
  label: NodeLabel;
  id: string;
  props: Record<string, PropertyValue>;
}

/** A relationship to MERGE between two nodes found by (label, id); every tie cites its passages. */
export interface TieRecord {
  type: TieType;
  fromLabel: NodeLabel;
  from: string;
  toLabel: NodeLabel;
  to: string;
  /** `since`/`until`: when the tie began and ended; `cofunder`: on GRANTS, a co-funder of the amount rather than its lead funder. */
  props: { passageIds: string[]; since?: string; until?: string; cofunder?: boolean };
}

/** Nodes and ties ready to write, in dependency order (every tie's ends are among the nodes or already stored). */
export interface GraphBatch {
  nodes: NodeRecord[];
  ties: TieRecord[];
}

export interface WriteOptions {
  /** Rows per UNWIND statement. */
  batchSize?: number;
  /** true (default): one transaction, all or nothing. false: a transaction per statement, for bulk loads. */
  atomic?: boolean;
}

export class DanglingTieError extends Error {
  override name = 'DanglingTieError';
}

/** Writes nodes then ties with batched UNWIND ... MERGE; running it twice changes nothing. */
export async function writeGraph(db: Database, batch: GraphBatch, options: WriteOptions = {}): Promise<WriteStats> {
  const total = emptyStats();
  const statements = batchStatements(batch, options.batchSize ?? 1000);
  if (options.atomic === false) {
    for (const statement of statements) add(total, await db.writeTransaction((tx) => statement(tx), 300_000));
  } else {
    add(total, await db.writeTransaction((tx) => runStatements(tx, statements), 300_000));
  }
  return total;
}

/** Writes a batch inside a transaction the caller owns (a mutation, an import): it commits or rolls back with the rest. */
export function writeBatchIn(tx: Transaction, batch: GraphBatch, batchSize = 1000): Promise<WriteStats> {
  return runStatements(tx, batchStatements(batch, batchSize));
}

function batchStatements(batch: GraphBatch, batchSize: number): Statement[] {
  return [...nodeStatements(batch.nodes, batchSize), ...tieStatements(batch.ties, batchSize)];
}

async function runStatements(tx: Transaction, statements: Statement[]): Promise<WriteStats> {
  const total = emptyStats();
  for (const statement of statements) add(total, await statement(tx));
  return total;
}

function emptyStats(): WriteStats {
  return { nodesCreated: 0, nodesDeleted: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0, labelsAdded: 0 };
}

type Statement = (tx: Transaction) => Promise<WriteStats>;

function nodeStatements(nodes: NodeRecord[], batchSize: number): Statement[] {
  const statements: Statement[] = [];
  for (const [, records] of groupBy(nodes, (n) => n.label)) {
    const query = mergeNodesQuery(records[0]!.label);
    for (const rows of chunks(
      records.map((n) => ({ id: n.id, props: n.props })),
      batchSize,
    )) {
      statements.push(async (tx) => (await tx.runWithStats(query, { rows })).stats);
    }
  }
  return statements;
}

function tieStatements(ties: TieRecord[], batchSize: number): Statement[] {
  const statements: Statement[] = [];
  for (const [, group] of groupBy(ties, (t) => `${t.type}:${t.fromLabel}:${t.toLabel}`)) {
    const { type, fromLabel, toLabel } = group[0]!;
    for (const rows of chunks(
      group.map((t) => ({ from: t.from, to: t.to, props: t.props })),
      batchSize,
    )) {
      statements.push(async (tx) => {
        const { records, stats } = await tx.runWithStats<{ written: number }>(mergeTiesQuery(type, fromLabel, toLabel), { rows });
        const written = records[0]?.written ?? 0;
        if (written !== rows.length) {
          // A tie whose end is missing would be dropped silently by MATCH: refuse, and the transaction rolls back.
          throw new DanglingTieError(`${rows.length - written} ${type} tie(s) point to a ${fromLabel} or ${toLabel} that does not exist`);
        }
        return stats;
      });
    }
  }
  return statements;
}

/** Node and relationship totals of the whole database. */
export async function countGraph(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read<{ nodes: number; relationships: number }>(COUNT_GRAPH);
  return row ?? { nodes: 0, relationships: 0 };
}

function add(total: WriteStats, stats: WriteStats): void {
  for (const key of Object.keys(total) as (keyof WriteStats)[]) total[key] += stats[key];
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups as Map<string, T[]>;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
