import { cypher, type CypherQuery } from '../database';
import { ENTITY_LABELS, type EntityLabel, SEARCHABLE_TIE_TYPES } from '../../domain/model';

/**
 * A page of the ties of each of several nodes, every kind in one list: `ties(kinds, direction, first,
 * after)`. Ties are ordered by a sort key (kind, the other node's name key, its id, the direction),
 * separated by U+0001 so a shorter name sorts first; the cursor is that key, so a page after it costs
 * what the first page costs and the count comes from the same walk (a node's degree bounds both).
 * Only ties between graph nodes (GraphNode labels) are listed: figures and passages are not nodes of the API.
 */

const ENTITY = ENTITY_LABELS.map((label) => `m:${label}`).join(' OR ');
/** Every relationship type a client can ask for (the TieKind enum); `$kinds` narrows it. */
const TIE_KINDS = SEARCHABLE_TIE_TYPES.join('|');

const statements = new Map<EntityLabel, CypherQuery>();

/** Rows {key, total, page: [{sortKey, kind, direction, since, until, passageIds, node, labels}]}, one per id of $ids that exists. */
export function tieConnectionQuery(label: EntityLabel): CypherQuery {
  let statement = statements.get(label);
  if (!statement) {
    statement = cypher(
      `ties.${label.toLowerCase()}Connection`,
      `UNWIND $ids AS id
MATCH (n:${label} {id: id})
CALL (n) {
  MATCH (n)-[r:${TIE_KINDS}]-(m)
  WHERE (${ENTITY}) AND type(r) IN $kinds
  WITH r, m, CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END AS direction
  WHERE $direction = 'BOTH' OR direction = $direction
  WITH r, m, direction, type(r) + '\\u0001' + coalesce(m.nameKey, toLower(m.name), '') + '\\u0001' + m.id + '\\u0001' + direction AS sortKey
  ORDER BY sortKey
  RETURN collect({sortKey: sortKey, r: r, m: m, direction: direction}) AS ties
}
WITH id, ties, [t IN ties WHERE $after IS NULL OR t.sortKey > $after][0..toInteger($limit)] AS page
// Only the page's nodes are projected, never all of a hub's.
RETURN id AS key, size(ties) AS total, [t IN page | {sortKey: t.sortKey, kind: type(t.r), direction: t.direction,
  since: t.r.since, until: t.r.until, passageIds: t.r.passageIds, node: properties(t.m), labels: labels(t.m)}] AS page`,
    );
    statements.set(label, statement);
  }
  return statement;
}
