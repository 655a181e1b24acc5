import { cypher, CypherQuery, Params } from '../database';
import { ENTITY_TEXT_INDEX } from './schema';

/**
 * Filtered, keyset-paged lists. The statement text is assembled from the fixed fragments below
 * (never from user text); every value is a parameter.
 */

export type ListLabel = 'Actor' | 'Programme' | 'Domain' | 'Place';

export interface ListSpec {
  label: ListLabel;
  /** Conditions on `n`, all of which must hold. */
  conditions: string[];
  params: Params;
  /** A Lucene query restricting `n` to full-text matches. */
  textQuery?: string;
  /**
   * A MATCH clause binding `n` from the filter's most selective node (a programme, a funder, a place,
   * domains), so a list filtered to a few thousand actors never walks all of them by name.
   */
  anchor?: string;
  descending?: boolean;
}

function matchClause(spec: ListSpec): string {
  if (spec.textQuery) return `CALL db.index.fulltext.queryNodes('${ENTITY_TEXT_INDEX}', $textQuery) YIELD node AS n WHERE n:${spec.label}`;
  if (spec.anchor) return `${spec.anchor}\nWITH DISTINCT n`;
  return `MATCH (n:${spec.label})`;
}

/** Whether the match clause already has a WHERE the conditions must join with AND. */
const joinsWithAnd = (spec: ListSpec) => Boolean(spec.textQuery);

function whereClause(conditions: string[], keyword: 'WHERE' | 'AND'): string {
  return conditions.length > 0 ? `${keyword} ${conditions.join('\n  AND ')}` : '';
}

/** One page: rows after ($afterKey, $afterId) in (nameKey, id) order, $limit of them. */
export function pageQuery(spec: ListSpec, hasCursor: boolean): { query: CypherQuery; params: Params } {
  const dir = spec.descending ? 'DESC' : 'ASC';
  const conditions = [...spec.conditions];
  if (hasCursor) {
    conditions.push(
      spec.descending
        ? '(n.nameKey < $afterKey OR (n.nameKey = $afterKey AND n.id < $afterId))'
        : '(n.nameKey > $afterKey OR (n.nameKey = $afterKey AND n.id > $afterId))',
    );
  } else if (!spec.textQuery && !spec.anchor) {
    conditions.push('n.nameKey IS NOT NULL'); // lets the planner walk the (nameKey, id) index in order
  }
  const keyword = joinsWithAnd(spec) ? 'AND' : 'WHERE';
  return {
    query: cypher(
      `lists.${spec.label.toLowerCase()}Page`,
      `${matchClause(spec)}
${whereClause(conditions, keyword)}
RETURN n{.*} AS node
ORDER BY n.nameKey ${dir}, n.id ${dir}
LIMIT toInteger($limit)`,
    ),
    params: { ...spec.params, textQuery: spec.textQuery },
  };
}

/** How many nodes match the spec's conditions. */
export function countQuery(spec: ListSpec): { query: CypherQuery; params: Params } {
  return {
    query: cypher(
      `lists.${spec.label.toLowerCase()}Count`,
      `${matchClause(spec)}
${whereClause(spec.conditions, joinsWithAnd(spec) ? 'AND' : 'WHERE')}
RETURN count(n) AS total`,
    ),
    params: { ...spec.params, textQuery: spec.textQuery },
  };
}

/**
 * MATCH clauses binding `n` from one filter's nodes, most selective first; the list starts from the
 * first one the filter has, and that filter's condition is then left out.
 */
export const ACTOR_ANCHORS = {
  programme: 'MATCH (:Programme {id: $programme})<-[:RUNS|PILOTS|CO_PILOTS|PARTNER_IN|TAKES_PART_IN]-(n:Actor)',
  fundedBy: 'MATCH (:Actor {id: $fundedBy})-[:GRANTS]->(:Funding)-[:GRANTED_TO]->(n:Actor)',
  place: 'MATCH (:Place {id: $place})<-[:WITHIN*0..6]-(:Place)<-[:LOCATED_IN]-(n:Actor)',
  departmentCode: "MATCH (dep:Place {kind: 'DEPARTMENT'})<-[:WITHIN*0..6]-(:Place)<-[:LOCATED_IN]-(n:Actor) WHERE dep.code = $departmentCode",
  domains: 'MATCH (d:Domain)<-[:SUBDOMAIN_OF*0..6]-(:Domain)<-[:ACTIVE_IN]-(n:Actor) WHERE d.id IN $domains',
} as const;

/** Fragments of the actor filter; each uses only its own parameters. */
export const ACTOR_CONDITIONS = {
  active: 'n.retiredAt IS NULL',
  kinds: 'n.kind IN $kinds',
  domains: 'EXISTS { MATCH (n)-[:ACTIVE_IN]->(:Domain)-[:SUBDOMAIN_OF*0..6]->(d:Domain) WHERE d.id IN $domains }',
  place: 'EXISTS { MATCH (n)-[:LOCATED_IN]->(:Place)-[:WITHIN*0..6]->(:Place {id: $place}) }',
  departmentCode: "EXISTS { MATCH (n)-[:LOCATED_IN]->(:Place)-[:WITHIN*0..6]->(dep:Place {kind: 'DEPARTMENT'}) WHERE dep.code = $departmentCode }",
  programme: 'EXISTS { MATCH (n)-[:RUNS|PILOTS|CO_PILOTS|PARTNER_IN|TAKES_PART_IN]->(:Programme {id: $programme}) }',
  fundedBy: 'EXISTS { MATCH (:Actor {id: $fundedBy})-[:GRANTS]->(:Funding)-[:GRANTED_TO]->(n) }',
} as const;
