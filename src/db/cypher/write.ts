import { cypher, type CypherQuery } from '../database';
import { ENTITY_LABELS, type NodeLabel, type TieType } from '../../domain/model';

/**
 * Batched MERGE statements. Labels and relationship types come from the model's allowlist, never
 * from user input; every value travels as a parameter ($rows).
 */

const mergeNodes = new Map<NodeLabel, CypherQuery>();
/** UNWIND $rows ({id, props}) MERGE by id, then add the properties. */
export function mergeNodesQuery(label: NodeLabel): CypherQuery {
  let query = mergeNodes.get(label);
  if (!query) {
    const entity = (ENTITY_LABELS as readonly string[]).includes(label) ? ':Entity' : '';
    query = cypher(
      `write.merge${label}`,
      `UNWIND $rows AS row
       MERGE (n:${label} {id: row.id})
       SET n += row.props${entity ? `, n${entity}` : ''}
       RETURN count(n) AS written`,
    );
    mergeNodes.set(label, query);
  }
  return query;
}

const mergeTies = new Map<string, CypherQuery>();
/** UNWIND $rows ({from, to, props}) MERGE the relationship between two existing nodes; returns how many were matched. */
export function mergeTiesQuery(type: TieType, fromLabel: NodeLabel, toLabel: NodeLabel): CypherQuery {
  const key = `${type}:${fromLabel}:${toLabel}`;
  let query = mergeTies.get(key);
  if (!query) {
    query = cypher(
      `write.merge${type}`,
      `UNWIND $rows AS row
       MATCH (a:${fromLabel} {id: row.from})
       MATCH (b:${toLabel} {id: row.to})
       MERGE (a)-[r:${type}]->(b)
       SET r += row.props
       RETURN count(r) AS written`,
    );
    mergeTies.set(key, query);
  }
  return query;
}

export const COUNT_GRAPH = cypher(
  'write.countGraph',
  `CALL { MATCH (n) RETURN count(n) AS nodes }
   CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
   RETURN nodes, relationships`,
);

export const HAS_ENTITIES = cypher('write.hasEntities', 'MATCH (n:Entity) RETURN n.id AS id LIMIT 1');

/** Entities that are not synthetic: a synthetic graph is never written beside them. */
export const COUNT_REAL_ENTITIES = cypher(
  'write.countRealEntities',
  "MATCH (n:Entity) WHERE coalesce(n.origin, '') <> 'synthetic' RETURN count(n) AS count",
);

export const SOURCE_TITLE = cypher('write.sourceTitle', 'MATCH (s:Source {id: $id}) RETURN s.title AS title');

/** Removes every synthetic node (their ids start with `syn-`) in batches; auto-commit only. */
export const DELETE_SYNTHETIC = cypher(
  'write.deleteSynthetic',
  "MATCH (n) WHERE n.id STARTS WITH 'syn-' CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS",
);
