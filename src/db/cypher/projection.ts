import { int } from 'neo4j-driver';
import { cypher, type CypherQuery, type Params } from '../database';
import type { NodeLabel } from '../../domain/model';
import { tieOrder, tiePattern, type TieSpec, tieWhere } from './nodes';
import { DATE_BOUND } from '../../domain/dates';

/**
 * What to fetch of a node in one statement: some of its properties (or all), and for each kind of
 * tie the nodes at the other end, with what to fetch of those in turn. Built from a GraphQL
 * selection (src/graphql/lookahead.ts), so a whole selection costs one round trip and carries
 * only the properties it shows.
 */
export interface Projection {
  label: NodeLabel;
  /** Property names (the schema's field names and @reads, never client text), or every property. */
  properties: ReadonlySet<string> | 'all';
  ties: ProjectedTie[];
}

export interface ProjectedTie {
  spec: TieSpec;
  /** At most this many, in the tie's order (as the ties loader serves them). */
  first: number;
  /** What is read of the relationship itself: its type, `since`, `until`, its passages. */
  relationship: { type: boolean; since: boolean; until: boolean; passageIds: boolean };
  of: Projection;
}

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * One node by id with its projected ties, nested: `MATCH (n0:Label {id: $id}) RETURN n0{…} AS node`,
 * each kind of tie a COLLECT subquery under the key `_t<i>` (i its index in `ties`) holding, in the
 * tie's order, {node, type?, since?, passageIds?} maps, or the node maps themselves when nothing of
 * the relationship is read (see `readsRelationship`). Page sizes travel as parameters. Ties read as of
 * a date check their dates unless all their types are in `undatedTypes` (time.ts, DATED_TIE_TYPES):
 * on a graph whose ties of a type carry no date, that check can only ever answer "holds".
 */
export function projectedNodeQuery(root: Projection, undatedTypes: ReadonlySet<string>): { query: CypherQuery; params: Params } {
  const statement: StatementParts = { params: {}, undatedTypes };
  const text = `MATCH (n0:${root.label} {id: $id})\nRETURN ${nodeMap(root, 0, statement)} AS node`;
  return { query: cypher(`read.projected${root.label}`, text), params: statement.params };
}

/** What the tie lists of one statement share: its parameters, and the tie types known to carry no date. */
interface StatementParts {
  params: Params;
  undatedTypes: ReadonlySet<string>;
}

function nodeMap(projection: Projection, depth: number, statement: StatementParts): string {
  const node = `n${depth}`;
  const entries: string[] = [];
  if (projection.properties === 'all') entries.push('.*', `_labels: labels(${node})`);
  else {
    for (const property of projection.properties) {
      if (!IDENTIFIER.test(property)) throw new Error(`Not a property name: ${property}`);
      entries.push(`.${property}`);
    }
  }
  projection.ties.forEach((tie, i) => entries.push(`_t${i}: ${tieList(tie, depth + 1, statement)}`));
  return `${node}{${entries.join(', ')}}`;
}

function tieList(tie: ProjectedTie, depth: number, statement: StatementParts): string {
  const { params, undatedTypes } = statement;
  const [from, r, m] = [`n${depth - 1}`, `r${depth}`, `n${depth}`];
  // The k-th tie list of the statement reads $first<k> and, when read as of a date, the $asOf<j> of the
  // first list read at that date (usually one date for the whole statement: one parameter to send),
  // which holds the date's bound (time.ts) rather than the date: the text is shorter by a concatenation per use.
  const k = Object.keys(params).filter((name) => name.startsWith('first')).length;
  const first = `first${k}`;
  // A Bolt integer, as LIMIT wants it.
  params[first] = int(tie.first);
  let asOf: string | undefined;
  if (tie.spec.asOf !== undefined && !tie.spec.types.every((type) => undatedTypes.has(type))) {
    const bound = tie.spec.asOf + DATE_BOUND;
    asOf = Object.keys(params).find((name) => name.startsWith('asOf') && params[name] === bound) ?? `asOf${k}`;
    params[asOf] = bound;
  }
  const namesRelationship = readsRelationship(tie) || tie.spec.only !== undefined || asOf !== undefined;
  const node = nodeMap(tie.of, depth, statement);
  const entries = [`node: ${node}`];
  if (tie.relationship.type) entries.push(`type: type(${r})`);
  if (tie.relationship.since) entries.push(`since: ${r}.since`);
  if (tie.relationship.until) entries.push(`until: ${r}.until`);
  if (tie.relationship.passageIds) entries.push(`passageIds: ${r}.passageIds`);
  // No indentation, no toInteger(): the text of a usual actor page then fits, with its parameters, in
  // the driver's 1,400-byte write buffer, and a request costs one socket write instead of two.
  return `COLLECT {
MATCH (${from})${tiePattern(tie.spec, namesRelationship ? r : '')}(${m}:${tie.spec.to})${tieWhere(tie.spec, r, asOf && `$${asOf}`)}
WITH ${readsRelationship(tie) ? `${r}, ` : ''}${m} ORDER BY ${tieOrder(tie.spec, m)} LIMIT $${first}
RETURN ${readsRelationship(tie) ? `{${entries.join(', ')}}` : node}
}`;
}

/** Whether a tie's rows carry parts of the relationship; when not, they are bare node maps (half the maps to encode and decode). */
export function readsRelationship(tie: ProjectedTie): boolean {
  return tie.relationship.type || tie.relationship.since || tie.relationship.until || tie.relationship.passageIds;
}
