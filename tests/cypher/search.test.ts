import { statementFor, statementsFor } from '../support/statements';

/** Graph search: the statements of search, tiedTo and paths (src/db/cypher/search.ts). */

describe('search', () => {
  it('asks the full-text index for weighted name, alias and description matches, filtered, user text only in parameters', async () => {
    const { text, params } = await statementFor(
      'search.entities',
      `{ search(text: "CHU Toulouse", filter: { types: [ACTOR, PROGRAMME], kinds: [UNIVERSITY_HOSPITAL] }, first: 5) { node { id } score } }`,
    );
    expect(text).toMatchInlineSnapshot(`
"CALL db.index.fulltext.queryNodes('entity_text', $textQuery, {limit: $candidates}) YIELD node AS n, score
     WHERE any(label IN labels(n) WHERE label IN $labels)
       AND (NOT n:Actor OR n.retiredAt IS NULL)
       AND (NOT n:Actor OR (n.kind IN $kinds))
     RETURN n{.*, _labels: labels(n)} AS node, score
     ORDER BY score DESC, n.nameKey, n.id
     LIMIT toInteger($first)"
`);
    expect(params).toMatchInlineSnapshot(`
{
  "activeAt": "(today)",
  "candidates": 50,
  "first": 5,
  "kinds": [
    "UNIVERSITY_HOSPITAL",
  ],
  "labels": [
    "Actor",
    "Programme",
  ],
  "textQuery": "name:((chu^4 chu*^2) (toulouse^4 toulouse*^2 toulouse~2))^3 aliases:((chu^4 chu*^2) (toulouse^4 toulouse*^2 toulouse~2))^2 description:((chu^4) (toulouse^4 toulouse~2))^1",
}
`);
  });
});

describe('tiedTo', () => {
  const document = `{ tiedTo(actor: "chu-toulouse", filter: { kinds: [COMPANY] }, maxHops: 2, excludeTies: [LOCATED_IN, WITHIN], first: 3) { actor { id } score } }`;

  it('walks the allowed tie types from the anchor, hop bound in the text, the hub cap and the rest as parameters', async () => {
    const [first] = (await statementsFor(document)).filter((statement) => statement.name === 'search.tiedTo');
    expect(first!.text).toMatchInlineSnapshot(`
"MATCH (start:Entity {id: $anchor})
     MATCH path = (start) ((a)-[:FOUNDED|CARRIES|MEMBER_OF|PART_OF|PARTNERS_WITH|LABELLED|LEADS|RUNS|PILOTS|CO_PILOTS|PARTNER_IN|TAKES_PART_IN|SUPPORTS|ACTIVE_IN|TOOK_OVER|HOLDS_SHARES_IN|SPUN_OFF_FROM|INCUBATED_BY|SUBDOMAIN_OF|GRANTS|GRANTED_TO|UNDER|FOR_DOMAIN]-(b) WHERE COUNT { (b)-[:FOUNDED|CARRIES|MEMBER_OF|PART_OF|PARTNERS_WITH|LABELLED|LEADS|RUNS|PILOTS|CO_PILOTS|PARTNER_IN|TAKES_PART_IN|SUPPORTS|ACTIVE_IN|TOOK_OVER|HOLDS_SHARES_IN|SPUN_OFF_FROM|INCUBATED_BY|SUBDOMAIN_OF|GRANTS|GRANTED_TO|UNDER|FOR_DOMAIN]-() } <= $hubCap){0,1} (last)-[:FOUNDED|CARRIES|MEMBER_OF|PART_OF|PARTNERS_WITH|LABELLED|LEADS|RUNS|PILOTS|CO_PILOTS|PARTNER_IN|TAKES_PART_IN|SUPPORTS|ACTIVE_IN|TOOK_OVER|HOLDS_SHARES_IN|SPUN_OFF_FROM|INCUBATED_BY|SUBDOMAIN_OF|GRANTS|GRANTED_TO|UNDER|FOR_DOMAIN]-(n:Actor)
     WHERE n <> start
       AND n.retiredAt IS NULL
       AND ($filter.kinds IS NULL OR n.kind IN $filter.kinds)
       AND ($filter.domains IS NULL OR EXISTS { MATCH (n)-[:ACTIVE_IN]->(:Domain)-[:SUBDOMAIN_OF*0..6]->(d:Domain) WHERE d.id IN $filter.domains })
       AND ($filter.place IS NULL OR EXISTS { MATCH (n)-[located:LOCATED_IN]->(:Place)-[:WITHIN*0..6]->(:Place {id: $filter.place}) WHERE ($filter.activeAt IS NULL OR (coalesce(located.since, '') <= $filter.activeAt + '~' AND coalesce(located.until, '~') > $filter.activeAt + '~')) })
       AND ($filter.departmentCode IS NULL OR EXISTS { MATCH (n)-[inDepartment:LOCATED_IN]->(:Place)-[:WITHIN*0..6]->(dep:Place {kind: 'DEPARTMENT'}) WHERE dep.code = $filter.departmentCode AND ($filter.activeAt IS NULL OR (coalesce(inDepartment.since, '') <= $filter.activeAt + '~' AND coalesce(inDepartment.until, '~') > $filter.activeAt + '~')) })
       AND ($filter.programme IS NULL OR EXISTS { MATCH (n)-[role:RUNS|PILOTS|CO_PILOTS|PARTNER_IN|TAKES_PART_IN]->(:Programme {id: $filter.programme}) WHERE ($filter.activeAt IS NULL OR (coalesce(role.since, '') <= $filter.activeAt + '~' AND coalesce(role.until, '~') > $filter.activeAt + '~')) })
       AND ($filter.fundedBy IS NULL OR EXISTS { MATCH (:Actor {id: $filter.fundedBy})-[:GRANTS]->(:Funding)-[:GRANTED_TO]->(n) })
       AND ($filter.existsAt IS NULL OR coalesce(n.founded, '') <= $filter.existsAt + '~')
       AND ($filter.textMatchIds IS NULL OR n.id IN $filter.textMatchIds)
       AND all(x IN nodes(path) WHERE single(y IN nodes(path) WHERE y = x))
       AND none(x IN nodes(path)[1..-1] WHERE x:Actor AND x.retiredAt IS NOT NULL)
     WITH n, path, reduce(s = 1.0, x IN nodes(path)[1..-1] | s / log(e() + COUNT { (x)-[:FOUNDED|CARRIES|MEMBER_OF|PART_OF|PARTNERS_WITH|LABELLED|LEADS|RUNS|PILOTS|CO_PILOTS|PARTNER_IN|TAKES_PART_IN|SUPPORTS|ACTIVE_IN|TOOK_OVER|HOLDS_SHARES_IN|SPUN_OFF_FROM|INCUBATED_BY|SUBDOMAIN_OF|GRANTS|GRANTED_TO|UNDER|FOR_DOMAIN]-() })) AS score
     ORDER BY score DESC, length(path)
     WITH n, collect(path)[0] AS best, max(score) AS score
     ORDER BY score DESC, n.nameKey, n.id
     LIMIT toInteger($first)
     RETURN n{.*} AS actor, score, [x IN nodes(best) | x{.*, _labels: labels(x)}] AS nodes,
       [r IN relationships(best) | {type: type(r), from: startNode(r).id, to: endNode(r).id, since: r.since, until: r.until, passageIds: r.passageIds}] AS edges"
`);
    expect(first!.params).toMatchInlineSnapshot(`
{
  "anchor": "chu-toulouse",
  "filter": {
    "activeAt": "(today)",
    "departmentCode": null,
    "domains": null,
    "existsAt": null,
    "fundedBy": null,
    "kinds": [
      "COMPANY",
    ],
    "place": null,
    "programme": null,
    "textMatchIds": null,
  },
  "first": 3,
  "hubCap": 10,
}
`);
  });

  it('raises the hub cap step by step, up to avoidHubsAbove, while too few actors are found', async () => {
    const caps = (await statementsFor(document))
      .filter((statement) => statement.name === 'search.tiedTo')
      .map((statement) => statement.params.hubCap);
    expect(caps).toMatchInlineSnapshot(`
[
  10,
  30,
  100,
  300,
  1000,
]
`);
  });
});

describe('paths', () => {
  it('finds all shortest paths between two nodes, avoiding the ids and hubs asked', async () => {
    const { text, params } = await statementFor(
      'search.paths',
      `{ paths(from: "chu-toulouse", to: "medvallee", maxHops: 3, avoid: ["region-occitanie"], avoidHubsAbove: 50, first: 2) { nodes { id } } }`,
    );
    expect(text).toMatchInlineSnapshot(`
"MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     MATCH path = allShortestPaths((a)-[:FOUNDED|CARRIES|MEMBER_OF|PART_OF|PARTNERS_WITH|LABELLED|LEADS|RUNS|PILOTS|CO_PILOTS|PARTNER_IN|TAKES_PART_IN|SUPPORTS|ACTIVE_IN|LOCATED_IN|TOOK_OVER|HOLDS_SHARES_IN|SPUN_OFF_FROM|INCUBATED_BY|WITHIN|SUBDOMAIN_OF|GRANTS|GRANTED_TO|UNDER|FOR_DOMAIN*..3]-(b))
     WHERE all(x IN nodes(path)[1..-1] WHERE NOT x.id IN $avoid
             AND ($hubLimit IS NULL OR COUNT { (x)-[:FOUNDED|CARRIES|MEMBER_OF|PART_OF|PARTNERS_WITH|LABELLED|LEADS|RUNS|PILOTS|CO_PILOTS|PARTNER_IN|TAKES_PART_IN|SUPPORTS|ACTIVE_IN|LOCATED_IN|TOOK_OVER|HOLDS_SHARES_IN|SPUN_OFF_FROM|INCUBATED_BY|WITHIN|SUBDOMAIN_OF|GRANTS|GRANTED_TO|UNDER|FOR_DOMAIN]-() } <= $hubLimit)
             AND (NOT x:Actor OR x.retiredAt IS NULL))
     WITH path LIMIT 200
     WITH path, reduce(s = 1.0, x IN nodes(path)[1..-1] | s / log(e() + COUNT { (x)-[:FOUNDED|CARRIES|MEMBER_OF|PART_OF|PARTNERS_WITH|LABELLED|LEADS|RUNS|PILOTS|CO_PILOTS|PARTNER_IN|TAKES_PART_IN|SUPPORTS|ACTIVE_IN|LOCATED_IN|TOOK_OVER|HOLDS_SHARES_IN|SPUN_OFF_FROM|INCUBATED_BY|WITHIN|SUBDOMAIN_OF|GRANTS|GRANTED_TO|UNDER|FOR_DOMAIN]-() })) AS score
     ORDER BY score DESC
     LIMIT toInteger($first)
     RETURN score, [x IN nodes(path) | x{.*, _labels: labels(x)}] AS nodes,
       [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id, since: r.since, until: r.until, passageIds: r.passageIds}] AS edges"
`);
    expect(params).toMatchInlineSnapshot(`
{
  "avoid": [
    "region-occitanie",
  ],
  "first": 2,
  "from": "chu-toulouse",
  "hubLimit": 50,
  "to": "medvallee",
}
`);
  });
});
