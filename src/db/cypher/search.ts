import { cypher, type CypherQuery } from '../database';
import { ENTITY_TEXT_INDEX } from './constraints';
import { PROGRAMME_ROLES, type TieType } from '../../domain/model';
import { PATH_HOPS, TIED_TO_HOPS } from '../../domain/limits';
import { existsAt, holdsAtIfGiven } from './time';

/**
 * Graph-search statements. Relationship types and hop bounds cannot be Cypher parameters, so they are
 * written into the text — only from the model's allowlist and from integers the resolvers have
 * range-checked; every user value travels as a parameter.
 */

/** `[:A|B|C]`-style type alternation from allowlisted tie types. */
export function typeAlternation(types: readonly TieType[]): string {
  if (types.length === 0) throw new Error('at least one relationship type is needed');
  return types.join('|');
}

function hopBound(value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`hop bound ${value} outside 1..${max}`);
  return value;
}

/** Degree over the walked relationship types: what makes a node a hub. */
const degree = (variable: string, types: string) => `COUNT { (${variable})-[:${types}]-() }`;

/** Path specificity: product over intermediate nodes of 1 / ln(e + degree). */
const specificity = (path: string, types: string) => `reduce(s = 1.0, x IN nodes(${path})[1..-1] | s / log(e() + ${degree('x', types)}))`;

/** Nodes and relationships of a path as rows the API maps to Path. */
const pathProjection = (path: string) => `[x IN nodes(${path}) | x{.*, _labels: labels(x)}] AS nodes,
       [r IN relationships(${path}) | {type: type(r), from: startNode(r).id, to: endNode(r).id, since: r.since, until: r.until, passageIds: r.passageIds}] AS edges`;

/** Full-text hits (name x3, alias x2, description x1 in one Lucene query), filtered, best first. */
export function searchQuery(conditions: string[]): CypherQuery {
  const where = ['any(label IN labels(n) WHERE label IN $labels)', '(NOT n:Actor OR n.retiredAt IS NULL)', ...conditions];
  return cypher(
    'search.entities',
    `CALL db.index.fulltext.queryNodes('${ENTITY_TEXT_INDEX}', $textQuery, {limit: $candidates}) YIELD node AS n, score
     WHERE ${where.join('\n       AND ')}
     RETURN n{.*, _labels: labels(n)} AS node, score
     ORDER BY score DESC, n.nameKey, n.id
     LIMIT toInteger($first)`,
  );
}

/**
 * The actor filter of a traversal (tiedTo, partner suggestions, ask's questions about ties), as one fixed text:
 * each part reads its value from the map $filter and holds for every actor when that value is null. A
 * traversal starts from one node and checks these on the actors it reaches, so the plan is the same whichever
 * parts are set, and one text serves every combination (a text per combination cost Neo4j a plan each, 50 to
 * 500 ms the first time it was asked). One map rather than a parameter each, as Neo4j's plan cache is keyed
 * on the parameters' types too, and a null is not of a list's or a string's type.
 */
export const TRAVERSAL_FILTER: readonly string[] = [
  '($filter.kinds IS NULL OR n.kind IN $filter.kinds)',
  '($filter.domains IS NULL OR EXISTS { MATCH (n)-[:ACTIVE_IN]->(:Domain)-[:SUBDOMAIN_OF*0..6]->(d:Domain) WHERE d.id IN $filter.domains })',
  // Each names its tie apart, as in lists.ts' ACTOR_CONDITIONS.
  `($filter.place IS NULL OR EXISTS { MATCH (n)-[located:LOCATED_IN]->(:Place)-[:WITHIN*0..6]->(:Place {id: $filter.place}) WHERE ${holdsAtIfGiven('located', 'filter.activeAt')} })`,
  `($filter.departmentCode IS NULL OR EXISTS { MATCH (n)-[inDepartment:LOCATED_IN]->(:Place)-[:WITHIN*0..6]->(dep:Place {kind: 'DEPARTMENT'}) WHERE dep.code = $filter.departmentCode AND ${holdsAtIfGiven('inDepartment', 'filter.activeAt')} })`,
  `($filter.programme IS NULL OR EXISTS { MATCH (n)-[role:${typeAlternation(PROGRAMME_ROLES)}]->(:Programme {id: $filter.programme}) WHERE ${holdsAtIfGiven('role', 'filter.activeAt')} })`,
  '($filter.fundedBy IS NULL OR EXISTS { MATCH (:Actor {id: $filter.fundedBy})-[:GRANTS]->(:Funding)-[:GRANTED_TO]->(n) })',
  /** Founded on or before a past date (null for today or no date: no record is founded after today). */
  `($filter.existsAt IS NULL OR ${existsAt('n', 'filter.existsAt')})`,
  /** The ids a text filter's full-text query matched (TEXT_MATCH_IDS). */
  '($filter.textMatchIds IS NULL OR n.id IN $filter.textMatchIds)',
];

/** Actor ids matching a full-text query (used where a text filter meets a traversal). */
export const TEXT_MATCH_IDS = cypher(
  'search.textMatchIds',
  `CALL db.index.fulltext.queryNodes('${ENTITY_TEXT_INDEX}', $textQuery, {limit: 1000}) YIELD node
   WHERE node:Actor RETURN collect(node.id) AS ids`,
);

/**
 * Actors matching `conditions` (on n) within maxHops of the $anchor node (an actor, place, programme or domain),
 * each with its most specific path. Paths are node-simple and never pass through retired actors.
 * Intermediate nodes have at most $hubCap ties, checked while expanding, so a hub's thousands of
 * neighbours are never enumerated.
 */
export function tiedToQuery(types: readonly TieType[], maxHops: number, conditions: string[]): CypherQuery {
  const t = typeAlternation(types);
  const where = ['n <> start', 'n.retiredAt IS NULL', ...conditions];
  const innerHops = hopBound(maxHops, TIED_TO_HOPS.max) - 1;
  // Cypher refuses a quantifier bounded by 0: one hop is a plain relationship.
  const walk =
    innerHops === 0
      ? `(start)-[:${t}]-(n:Actor)`
      : `(start) ((a)-[:${t}]-(b) WHERE ${degree('b', t)} <= $hubCap){0,${innerHops}} (last)-[:${t}]-(n:Actor)`;
  return cypher(
    'search.tiedTo',
    `MATCH (start:Entity {id: $anchor})
     MATCH path = ${walk}
     WHERE ${where.join('\n       AND ')}
       AND all(x IN nodes(path) WHERE single(y IN nodes(path) WHERE y = x))
       AND none(x IN nodes(path)[1..-1] WHERE x:Actor AND x.retiredAt IS NOT NULL)
     WITH n, path, ${specificity('path', t)} AS score
     ORDER BY score DESC, length(path)
     WITH n, collect(path)[0] AS best, max(score) AS score
     ORDER BY score DESC, n.nameKey, n.id
     LIMIT toInteger($first)
     RETURN n{.*} AS actor, score, ${pathProjection('best')}`,
  );
}

/** All shortest paths between two entities, optionally avoiding nodes and hubs. */
export function pathsQuery(types: readonly TieType[], maxHops: number): CypherQuery {
  const t = typeAlternation(types);
  return cypher(
    'search.paths',
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH path = allShortestPaths((a)-[:${t}*..${hopBound(maxHops, PATH_HOPS.max)}]-(b))
     WHERE all(x IN nodes(path)[1..-1] WHERE NOT x.id IN $avoid
             AND ($hubLimit IS NULL OR ${degree('x', t)} <= $hubLimit)
             AND (NOT x:Actor OR x.retiredAt IS NULL))
     WITH path LIMIT 200
     WITH path, ${specificity('path', t)} AS score
     ORDER BY score DESC
     LIMIT toInteger($first)
     RETURN score, ${pathProjection('path')}`,
  );
}

/** One breadth-first layer: entities tied to the frontier that were not seen yet, at most $limit. Retired actors are left out (and not walked through). */
export function neighboursQuery(types: readonly TieType[]): CypherQuery {
  return cypher(
    'search.neighbours',
    `UNWIND $frontier AS id
     MATCH (:Entity {id: id})-[:${typeAlternation(types)}]-(n:Entity)
     WHERE NOT n.id IN $seen AND (NOT n:Actor OR n.retiredAt IS NULL)
     WITH DISTINCT n
     ORDER BY n.id
     LIMIT toInteger($limit)
     RETURN n{.*, _labels: labels(n)} AS node`,
  );
}

/** The ties among a set of entities, each once. */
export function edgesAmongQuery(types: readonly TieType[]): CypherQuery {
  return cypher(
    'search.edgesAmong',
    `MATCH (a:Entity)-[r:${typeAlternation(types)}]->(b:Entity)
     WHERE a.id IN $ids AND b.id IN $ids
     RETURN type(r) AS type, a.id AS from, b.id AS to, r.since AS since, r.until AS until, r.passageIds AS passageIds
     ORDER BY from, type, to`,
  );
}

const ROLE_TIES = typeAlternation(PROGRAMME_ROLES);

/**
 * Partner candidates of $actor with their shared neighbours (reasons). Each reason's weight is
 * $weights[kind] / ln(degree of the shared node): Adamic-Adar, weighted by kind of tie. Shared nodes
 * with more than $hubLimit ties (a domain or city of thousands) are left out: they add little to any
 * score and would cost a walk through all their neighbours.
 */
export function partnerSuggestionsQuery(searchableTypes: readonly TieType[], conditions: string[]): CypherQuery {
  const t = typeAlternation(searchableTypes);
  // Shared nodes with more than $hubLimit ties are not walked: checked before their neighbours are expanded.
  const small = (node: string) => `${degree(node, t)} <= $hubLimit`;
  const where = ['n <> a', 'n.retiredAt IS NULL', ...conditions];
  return cypher(
    'search.partnerSuggestions',
    `MATCH (a:Actor {id: $actor})
     CALL (a) {
       MATCH (a)-[r1:ACTIVE_IN]->(via:Domain) WHERE ${small('via')}
       MATCH (via)<-[r2:ACTIVE_IN]-(n:Actor)
       RETURN n, 'SHARED_DOMAIN' AS kind, via, null AS through, r1.passageIds + r2.passageIds AS passageIds
       UNION ALL
       MATCH (a)-[r1:ACTIVE_IN]->(d1:Domain)-[s:SUBDOMAIN_OF]-(d2:Domain) WHERE ${small('d2')}
       MATCH (d2)<-[r2:ACTIVE_IN]-(n:Actor)
       RETURN n, 'RELATED_DOMAIN' AS kind, endNode(s) AS via, null AS through, r1.passageIds + s.passageIds + r2.passageIds AS passageIds
       UNION ALL
       MATCH (a)-[r1:${ROLE_TIES}]->(via:Programme) WHERE ${small('via')}
       MATCH (via)<-[r2:${ROLE_TIES}]-(n:Actor)
       RETURN n, 'SHARED_PROGRAMME' AS kind, via, null AS through, r1.passageIds + r2.passageIds AS passageIds
       UNION ALL
       // Two MATCH clauses: one shared grant (f1 = f2) must not be ruled out by relationship uniqueness.
       MATCH (a)<-[r1:GRANTED_TO]-(f1:Funding)<-[:GRANTS]-(via:Actor) WHERE ${small('via')}
       MATCH (via)-[:GRANTS]->(f2:Funding)-[r2:GRANTED_TO]->(n:Actor)
       OPTIONAL MATCH (f1)-[:UNDER]->(p:Programme)<-[:UNDER]-(f2)
       RETURN n, 'SHARED_FUNDER' AS kind, via, p AS through, r1.passageIds + r2.passageIds AS passageIds
       UNION ALL
       MATCH (a)-[r1:MEMBER_OF|PART_OF]->(via:Actor) WHERE ${small('via')}
       MATCH (via)<-[r2:MEMBER_OF|PART_OF]-(n:Actor)
       RETURN n, 'SHARED_NETWORK' AS kind, via, null AS through, r1.passageIds + r2.passageIds AS passageIds
       UNION ALL
       MATCH (a)-[r1:FOUNDED|CARRIES]->(via:Actor) WHERE ${small('via')}
       MATCH (via)<-[r2:FOUNDED|CARRIES]-(n:Actor)
       RETURN n, 'SHARED_INSTITUTE' AS kind, via, null AS through, r1.passageIds + r2.passageIds AS passageIds
       UNION ALL
       MATCH (a)-[r1:LOCATED_IN]->(via:Place {kind: 'CITY'}) WHERE ${small('via')}
       MATCH (via)<-[r2:LOCATED_IN]-(n:Actor)
       RETURN n, 'SHARED_CITY' AS kind, via, null AS through, r1.passageIds + r2.passageIds AS passageIds
     }
     WITH a, n, kind, via, through, passageIds
     WHERE ${where.join('\n       AND ')}
       // Any tie between the two (founded, incubated, shareholder, partner…) means they already know each other.
       AND NOT EXISTS { MATCH (a)--(n) }
       AND NOT EXISTS { MATCH (a)-[:GRANTS]->(:Funding)-[:GRANTED_TO]->(n) }
       AND NOT EXISTS { MATCH (n)-[:GRANTS]->(:Funding)-[:GRANTED_TO]->(a) }
     WITH n, kind, via, collect(through)[0] AS through, reduce(acc = [], p IN collect(passageIds) | acc + p) AS passageIds
     WITH n, kind, via, through, passageIds, $weights[kind] / log(${degree('via', t)}) AS weight
     ORDER BY weight DESC
     WITH n, sum(weight) AS score,
          collect({kind: kind, via: via{.*, _labels: labels(via)}, through: through{.*}, weight: weight, passageIds: passageIds}) AS reasons
     ORDER BY score DESC, n.nameKey, n.id
     LIMIT toInteger($first)
     RETURN n{.*} AS actor, score, reasons`,
  );
}

/** Domains, places and programmes with their names and aliases: the words plain-words questions are read with. */
export const NAMED_NODES = cypher(
  'search.namedNodes',
  `MATCH (n:Entity) WHERE n:Domain OR n:Place OR n:Programme
   RETURN n{.id, .name, .nameEn, .nameKey, .aliases, .kind, .code, .excellence, .passageIds, _labels: labels(n)} AS node`,
);

/** Every node's id, labels, names and aliases: the compact-name index that finds names however they are spaced or spelt. */
export const ENTITY_NAMES = cypher(
  'search.entityNames',
  `MATCH (n:Entity) WHERE n:Actor OR n:Domain OR n:Place OR n:Programme
   RETURN n.id AS id, labels(n) AS labels, [x IN [n.name, n.nameEn] + coalesce(n.aliases, []) WHERE x IS NOT NULL] AS names`,
);
