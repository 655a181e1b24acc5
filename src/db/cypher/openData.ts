import { cypher, type CypherQuery, type Params } from '../database';
import { ENTITY_TEXT_INDEX } from './constraints';
import { type ListSpec, matchingNodes } from './lists';
import { holdsAtIfGiven } from './time';

/**
 * Open-data downloads: every actor of a list (or of a search) with where it is, its domains and the
 * sources of those facts, one row per actor, in the list's order. The statement text is assembled from
 * the list's fixed fragments (never from user text); every value is a parameter.
 */

/**
 * The rows of a download, at most $limit. `ranked`: the spec's full-text matches best first (a search),
 * else the list's (nameKey, id) order. Columns: actor (its properties), city, department, domains
 * (ids, by name), sources ({id, url} of the passages behind the actor, its place and its domains, by id).
 */
export function actorDownloadQuery(spec: ListSpec, ranked: boolean): { query: CypherQuery; params: Params } {
  const dir = spec.descending ? 'DESC' : 'ASC';
  const matches = ranked && spec.textQuery ? rankedMatches(spec) : `${matchingNodes(spec, spec.conditions)}\nWITH n, 0 AS score`;
  return {
    query: cypher(
      ranked ? 'openData.actorsBySearch' : 'openData.actors',
      `${matches}
ORDER BY ${ranked ? 'score DESC, ' : ''}n.nameKey ${dir}, n.id ${dir}
LIMIT toInteger($limit)
CALL (n) {
  OPTIONAL MATCH (n)-[located:LOCATED_IN]->(place:Place)
  WHERE ${holdsAtIfGiven('located', 'activeAt')}
  WITH located, [(place)-[:WITHIN*0..6]->(up:Place) | up] AS chain
  ORDER BY size(chain) DESC
  LIMIT 1
  RETURN located.passageIds AS placePassageIds, [p IN chain WHERE p.kind = 'CITY'][0] AS city, [p IN chain WHERE p.kind = 'DEPARTMENT'][0] AS department
}
CALL (n) {
  OPTIONAL MATCH (n)-[activeIn:ACTIVE_IN]->(d:Domain)
  WITH activeIn, d ORDER BY d.nameKey
  RETURN collect(d.id) AS domains, reduce(ids = [], more IN collect(coalesce(activeIn.passageIds, [])) | ids + more) AS domainPassageIds
}
CALL (n, placePassageIds, domainPassageIds) {
  UNWIND coalesce(n.passageIds, []) + coalesce(placePassageIds, []) + domainPassageIds AS passageId
  MATCH (:Passage {id: passageId})-[:QUOTED_FROM]->(s:Source)
  WITH DISTINCT s ORDER BY s.id
  RETURN collect(s{.id, .url}) AS sources
}
RETURN n{.id, .name, .kind, .website, .founded} AS actor, city{.id, .name, .code} AS city, department{.name, .code} AS department, domains, sources`,
    ),
    params: { ...spec.params, textQuery: spec.textQuery },
  };
}

/** A search's full-text matches under the spec's conditions, with their relevance as `score`. */
function rankedMatches(spec: ListSpec): string {
  const conditions = spec.conditions.length > 0 ? `\n  AND ${spec.conditions.join('\n  AND ')}` : '';
  return `CALL db.index.fulltext.queryNodes('${ENTITY_TEXT_INDEX}', $textQuery) YIELD node AS n, score
WHERE n:Actor${conditions}
WITH n, score`;
}
