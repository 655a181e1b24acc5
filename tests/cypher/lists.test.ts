import { encodeCursor } from '../../src/db/pagination';
import { statementFor, statementsFor } from '../support/statements';

/** actors(...): the keyset-paged list statement for filters, order and cursor (src/db/cypher/lists.ts). */

describe('actors: a page by name', () => {
  it('walks the (nameKey, id) index in order, one more row than asked to know if a page follows', async () => {
    const { text, params } = await statementFor('lists.actorPage', `{ actors(first: 5) { nodes { id } } }`);
    expect(text).toMatchInlineSnapshot(`
"MATCH (n:Actor)
WHERE n.retiredAt IS NULL
  AND n.nameKey IS NOT NULL
RETURN n{.*} AS node
ORDER BY n.nameKey ASC, n.id ASC
LIMIT toInteger($limit)"
`);
    expect(params).toMatchInlineSnapshot(`
{
  "activeAt": "(today)",
  "afterId": undefined,
  "afterKey": undefined,
  "limit": 6,
  "textQuery": undefined,
}
`);
  });

  it("continues after a cursor, Z to A, with the filter's kinds as a parameter", async () => {
    const after = encodeCursor('NAME_DESC', 'chu toulouse', 'chu-toulouse');
    const { text, params } = await statementFor(
      'lists.actorPage',
      `query($after: String) { actors(filter: { kinds: [COMPANY, CLUSTER] }, orderBy: NAME_DESC, first: 3, after: $after) { nodes { id } } }`,
      { after },
    );
    expect(text).toMatchInlineSnapshot(`
"MATCH (n:Actor)
WHERE n.retiredAt IS NULL
  AND n.kind IN $kinds
  AND (n.nameKey < $afterKey OR (n.nameKey = $afterKey AND n.id < $afterId))
RETURN n{.*} AS node
ORDER BY n.nameKey DESC, n.id DESC
LIMIT toInteger($limit)"
`);
    expect(params).toMatchInlineSnapshot(`
{
  "activeAt": "(today)",
  "afterId": "chu-toulouse",
  "afterKey": "chu toulouse",
  "kinds": [
    "COMPANY",
    "CLUSTER",
  ],
  "limit": 4,
  "textQuery": undefined,
}
`);
  });
});

describe('actors: read as of a date', () => {
  it('checks the founding date only for a date before today (no record is founded after today)', async () => {
    const past = await statementFor('lists.actorPage', `{ actors(filter: { activeAt: "2019-06" }, first: 5) { nodes { id } } }`);
    expect(past.text).toContain("AND coalesce(n.founded, '') <= $activeAt + '~'");
    expect(past.params.activeAt).toBe('2019-06');
    const later = await statementFor('lists.actorPage', `{ actors(filter: { activeAt: "2999" }, first: 5) { nodes { id } } }`);
    expect(later.text).not.toContain('n.founded');
  });
});

describe('actors: filters', () => {
  it("joins a funder's walk, which has no dated tie, with the domains' walk, and writes no empty WHERE when no other condition is left", async () => {
    const { text } = await statementFor(
      'lists.actorPage',
      `{ actors(filter: { fundedBy: "region-occitanie", domains: ["biotherapies"], includeRetired: true }) { nodes { id } } }`,
    );
    expect(text).toMatchInlineSnapshot(`
"MATCH (sub:Domain)-[:SUBDOMAIN_OF*0..6]->(top:Domain) WHERE top.id IN $domains
WITH DISTINCT sub
WITH collect(sub) AS domainSet, sum(COUNT { (sub)<-[:ACTIVE_IN]-() }) AS domainTies
CALL (domainSet, domainTies) {
  WITH domainSet WHERE domainTies <= 10000
  MATCH (a:Actor {id: $fundedBy})
  MATCH (a)-[:GRANTS]->(:Funding)-[:GRANTED_TO]->(n), (n)-[:ACTIVE_IN]->(:Domain)-[:SUBDOMAIN_OF*0..6]->(top:Domain)
  USING JOIN ON n
  USING INDEX top:Domain(id)
  WHERE top.id IN $domains
  WITH n, count(*) AS paths
  WHERE n:Actor
  RETURN n
UNION ALL
  WITH domainSet WHERE domainTies > 10000
  MATCH (a:Actor {id: $fundedBy})
  CALL (a) {
    MATCH (a)-[:GRANTS]->(:Funding)-[:GRANTED_TO]->(n:Actor)
    RETURN DISTINCT n
  }
  WITH n, domainSet WHERE EXISTS { MATCH (n)-[:ACTIVE_IN]->(d:Domain) WHERE d IN domainSet }
  RETURN n
}
WITH DISTINCT n
RETURN n{.*} AS node
ORDER BY n.nameKey ASC, n.id ASC
LIMIT toInteger($limit)"
`);
  });

  it("starts from the filter's most selective node (a place), joins its walk with the walk from the domains (unless they have too many ties, then checks each actor's domains), the other conditions checked after the join", async () => {
    const { text, params } = await statementFor(
      'lists.actorPage',
      `{ actors(filter: { place: "toulouse", domains: ["biotherapies"] }) { nodes { id } } }`,
    );
    expect(text).toMatchInlineSnapshot(`
"MATCH (sub:Domain)-[:SUBDOMAIN_OF*0..6]->(top:Domain) WHERE top.id IN $domains
WITH DISTINCT sub
WITH collect(sub) AS domainSet, sum(COUNT { (sub)<-[:ACTIVE_IN]-() }) AS domainTies
CALL (domainSet, domainTies) {
  WITH domainSet WHERE domainTies <= 10000
  MATCH (a:Place {id: $place})
  MATCH (a)<-[:WITHIN*0..6]-(:Place)<-[t:LOCATED_IN]-(n), (n)-[:ACTIVE_IN]->(:Domain)-[:SUBDOMAIN_OF*0..6]->(top:Domain)
  USING JOIN ON n
  USING INDEX top:Domain(id)
  WHERE top.id IN $domains
  WITH n, collect(t) AS ties
  WHERE n:Actor
    AND n.retiredAt IS NULL
    AND any(t IN ties WHERE ($activeAt IS NULL OR (coalesce(t.since, '') <= $activeAt + '~' AND coalesce(t.until, '~') > $activeAt + '~')))
  RETURN n
UNION ALL
  WITH domainSet WHERE domainTies > 10000
  MATCH (a:Place {id: $place})
  CALL (a) {
    MATCH (a)<-[:WITHIN*0..6]-(:Place)<-[t:LOCATED_IN]-(n:Actor)
    WHERE n.retiredAt IS NULL
      AND ($activeAt IS NULL OR (coalesce(t.since, '') <= $activeAt + '~' AND coalesce(t.until, '~') > $activeAt + '~'))
    RETURN DISTINCT n
  }
  WITH n, domainSet WHERE EXISTS { MATCH (n)-[:ACTIVE_IN]->(d:Domain) WHERE d IN domainSet }
  RETURN n
}
WITH DISTINCT n
RETURN n{.*} AS node
ORDER BY n.nameKey ASC, n.id ASC
LIMIT toInteger($limit)"
`);
    expect(params).toMatchInlineSnapshot(`
{
  "activeAt": "(today)",
  "afterId": undefined,
  "afterKey": undefined,
  "domains": [
    "biotherapies",
  ],
  "limit": 21,
  "place": "toulouse",
  "textQuery": undefined,
}
`);
  });

  it('starts from the full-text index for a text filter, the words as a Lucene query parameter', async () => {
    const { text, params } = await statementFor(
      'lists.actorPage',
      `{ actors(filter: { text: "santé toulouse", includeRetired: true }) { nodes { id } } }`,
    );
    expect(text).toMatchInlineSnapshot(`
"CALL db.index.fulltext.queryNodes('entity_text', $textQuery) YIELD node AS n WHERE n:Actor
RETURN n{.*} AS node
ORDER BY n.nameKey ASC, n.id ASC
LIMIT toInteger($limit)"
`);
    expect(params).toMatchInlineSnapshot(`
{
  "activeAt": "(today)",
  "afterId": undefined,
  "afterKey": undefined,
  "limit": 21,
  "textQuery": "+(sante^4 sante*^2 sante~1) +(toulouse^4 toulouse*^2 toulouse~2)",
}
`);
  });
});

describe('actors: totalCount', () => {
  it('counts with the page in one statement when the page walks every match anyway', async () => {
    const { text } = await statementFor('lists.actorPageWithCount', `{ actors(filter: { text: "santé" }) { totalCount nodes { id } } }`);
    expect(text).toMatchInlineSnapshot(`
"CALL db.index.fulltext.queryNodes('entity_text', $textQuery) YIELD node AS n WHERE n:Actor
AND n.retiredAt IS NULL
WITH n ORDER BY n.nameKey ASC, n.id ASC
WITH collect(n) AS matches
RETURN size(matches) AS total, [m IN matches[0..toInteger($limit)] | m{.*}] AS nodes"
`);
  });

  it('does not count when totalCount is left out by @skip or @include', async () => {
    const document = `query($count: Boolean!) { actors(filter: { text: "santé" }) { totalCount @include(if: $count) ... @skip(if: true) { totalCount } nodes { id } } }`;
    expect((await statementsFor(document, { count: false })).map((statement) => statement.name)).toEqual(['lists.actorPage']);
    expect((await statementsFor(document, { count: true })).map((statement) => statement.name)).toEqual(['lists.actorPageWithCount']);
  });
});
