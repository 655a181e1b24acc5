/**
 * Contender (c), the floor: the same data fetched with hand-written Cypher through neo4j-driver,
 * no GraphQL. Actor-by-id and the list are one statement each; graph search calls the directory's
 * own data-access functions (its hand-written Cypher) with the arguments the resolvers would pass.
 * POST /<query name> with the variables as a JSON body; the answer is the rows as JSON.
 */
import { createServer } from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';
import { Database } from '../../dist/db/database';
import { findPaths, findTiedActors, searchEntities, suggestPartners } from '../../dist/db/graphSearch';
import { HUB_LIMIT } from '../../dist/domain/limits';
import { walkableTies } from '../../dist/services/graphSearch';
import { loadVocabulary, reasonWeights } from '../../dist/domain/vocabulary';

export const ACTOR_BY_ID = `MATCH (a:Actor {id: $id})
RETURN a{.id, .name, .kind, .description,
  domains: COLLECT { MATCH (a)-[:ACTIVE_IN]->(d:Domain) RETURN d{.id, .name} },
  memberOf: COLLECT { MATCH (a)-[:MEMBER_OF]->(m:Actor) WITH m ORDER BY m.nameKey, m.id LIMIT 10
    RETURN m{.id, .name, .kind, domains: COLLECT { MATCH (m)-[:ACTIVE_IN]->(d:Domain) RETURN d{.id, .name} }} },
  partners: COLLECT { MATCH (a)-[:PARTNERS_WITH]-(p:Actor) WITH DISTINCT p ORDER BY p.nameKey, p.id LIMIT 10
    RETURN p{.id, .name, .kind, partners: COLLECT { MATCH (p)-[:PARTNERS_WITH]-(q:Actor) WITH DISTINCT q ORDER BY q.nameKey, q.id LIMIT 10 RETURN q{.id, .name} }} }
} AS actor`;

// Starts from the département, the filter's most selective node (results up to 2026-11-23T10-13 used
// a version that walked every company and checked both filters on each). The domain includes its
// sub-domains, as in the API (results up to 2026-11-23T10-30 checked the domain itself only).
export const ACTORS_LIST = `MATCH (:Place {kind: 'DEPARTMENT', code: $code})<-[:WITHIN]-(:Place)<-[:LOCATED_IN]-(n:Actor)
WHERE n.kind = 'COMPANY' AND n.retiredAt IS NULL
  AND EXISTS { (n)-[:ACTIVE_IN]->(:Domain)-[:SUBDOMAIN_OF*0..6]->(:Domain {id: $domain}) }
WITH DISTINCT n ORDER BY n.nameKey, n.id
WITH collect(n{.id, .name, .kind}) AS matches
RETURN size(matches) AS totalCount, matches[0..20] AS nodes, size(matches) > 20 AS hasNextPage`;

// The filtered list and its facets in one statement, written by hand: each facet counts the companies
// matching the other filters (the kind facet leaves the kind out, the domain facet the domain, the
// département facet the département); cities, programmes, funders and years count the list itself.
const IN_DOMAIN = 'EXISTS { (n)-[:ACTIVE_IN]->(:Domain)-[:SUBDOMAIN_OF*0..6]->(:Domain {id: $domain}) }';
const IN_DEPARTMENT = "(:Place {kind: 'DEPARTMENT', code: $code})<-[:WITHIN]-(:Place)<-[:LOCATED_IN]-(n:Actor)";
const counted = (key: string, value: string) =>
  `WITH ${key}, count(DISTINCT n) AS count ORDER BY count DESC LIMIT 50 RETURN collect({value: ${value}, count: count})`;
export const ACTORS_FACETS = `CALL () {
  MATCH ${IN_DEPARTMENT}
  WHERE n.kind = 'COMPANY' AND n.retiredAt IS NULL AND ${IN_DOMAIN}
  WITH DISTINCT n ORDER BY n.nameKey, n.id
  RETURN collect(n) AS matches
}
CALL () {
  MATCH ${IN_DEPARTMENT} WHERE n.retiredAt IS NULL AND ${IN_DOMAIN}
  ${counted('n.kind AS kind', 'kind')} AS kinds
}
CALL () {
  MATCH ${IN_DEPARTMENT} WHERE n.kind = 'COMPANY' AND n.retiredAt IS NULL
  MATCH (n)-[:ACTIVE_IN]->(:Domain)-[:SUBDOMAIN_OF*0..6]->(d:Domain)
  ${counted('d', 'd.id')} AS domains
}
CALL () {
  MATCH (:Domain {id: $domain})<-[:SUBDOMAIN_OF*0..6]-(:Domain)<-[:ACTIVE_IN]-(n:Actor {kind: 'COMPANY'})
  WHERE n.retiredAt IS NULL
  MATCH (n)-[:LOCATED_IN]->(:Place)-[:WITHIN]->(d:Place {kind: 'DEPARTMENT'})
  ${counted('d', 'd.code')} AS departments
}
CALL (matches) {
  UNWIND matches AS n MATCH (n)-[:LOCATED_IN]->(c:Place {kind: 'CITY'})
  ${counted('c', 'c.id')} AS cities
}
CALL (matches) {
  UNWIND matches AS n MATCH (n)-[:RUNS|PILOTS|CO_PILOTS|PARTNER_IN|TAKES_PART_IN]->(p:Programme)
  ${counted('p', 'p.id')} AS programmes
}
CALL (matches) {
  UNWIND matches AS n MATCH (n)<-[:GRANTED_TO]-(:Funding)<-[:GRANTS]-(f:Actor)
  ${counted('f', 'f.id')} AS funders
}
CALL (matches) {
  UNWIND matches AS n WITH n WHERE n.founded IS NOT NULL
  ${counted('substring(n.founded, 0, 4) AS year', 'year')} AS foundedYears
}
RETURN size(matches) AS totalCount, [m IN matches[0..20] | m{.id, .name, .kind}] AS nodes, size(matches) > 20 AS hasNextPage,
  {kinds: kinds, domains: domains, departments: departments, cities: cities, programmes: programmes, funders: funders,
   foundedYears: foundedYears} AS facets`;

export type FloorHandler = (variables: Record<string, string>) => Promise<unknown>;

export function floorHandlers(driver: Driver): Record<string, FloorHandler> {
  const db = new Database(driver, { database: 'neo4j', timeoutMs: 30_000 });
  const read = async (text: string, params: Record<string, unknown>) => {
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      return (await session.executeRead((tx) => tx.run(text, params))).records.map((record) => record.toObject());
    } finally {
      await session.close();
    }
  };
  const types = walkableTies([]);
  const weights = reasonWeights(loadVocabulary());
  return {
    actorById: (v) => read(ACTOR_BY_ID, { id: v.id }),
    actorsList: (v) => read(ACTORS_LIST, { domain: v.domain, code: v.code }),
    actorsFacets: (v) => read(ACTORS_FACETS, { domain: v.domain, code: v.code }),
    search: (v) => searchEntities(db, { text: v.text!, labels: ['Actor'], filter: {}, first: 10 }),
    tiedTo: (v) => findTiedActors(db, { anchor: v.id!, filter: {}, types, maxHops: 3, hubLimit: HUB_LIMIT.default, first: 10 }),
    paths: (v) => findPaths(db, { from: v.from!, to: v.to!, types, maxHops: 4, avoid: [], hubLimit: null, first: 5 }),
    partnerSuggestions: (v) =>
      suggestPartners(db, { actor: v.id!, filter: {}, searchableTypes: types, weights, hubLimit: HUB_LIMIT.default, first: 10 }),
  };
}

async function main(): Promise<void> {
  const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD!), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 64,
  });
  const handlers = floorHandlers(driver);
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const handler = handlers[(request.url ?? '/').slice(1)];
      if (!handler) {
        response.writeHead(404).end();
        return;
      }
      handler(JSON.parse(Buffer.concat(chunks).toString('utf8')))
        .then((rows) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(rows)))
        .catch((error: Error) =>
          response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: error.message })),
        );
    });
  });
  server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`ready http://127.0.0.1:${process.env.PORT}/`));
}

if (require.main === module) void main();
