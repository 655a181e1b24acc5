import { isInt } from 'neo4j-driver';
import { projectedNodeQuery, type Projection } from '../../src/db/cypher/projection';
import { tieKey } from '../../src/db/projection';
import { ACTOR_DOMAINS, ACTOR_TIES, asOf } from '../../src/db/ties';

const none = { type: false, since: false, until: false, passageIds: false };

describe('projected statement for one node and its ties', () => {
  const projection: Projection = {
    label: 'Actor',
    properties: new Set(['id', 'name']),
    ties: [
      { spec: ACTOR_DOMAINS, first: 100, relationship: none, of: { label: 'Domain', properties: 'all', ties: [] } },
      {
        spec: ACTOR_TIES.partners,
        first: 10,
        relationship: { type: false, since: true, until: false, passageIds: true },
        of: {
          label: 'Actor',
          properties: new Set(['id']),
          ties: [
            { spec: ACTOR_TIES.memberOf, first: 3, relationship: none, of: { label: 'Actor', properties: new Set(['id']), ties: [] } },
          ],
        },
      },
    ],
  };
  const { query, params } = projectedNodeQuery(projection, new Set());

  it('fetches only the listed properties, every property where asked, and the parts of ties read', () => {
    expect(query.text).toMatch(/^MATCH \(n0:Actor \{id: \$id\}\)\nRETURN n0\{\.id, \.name, _t0: COLLECT/);
    expect(query.text).toContain('n1{.*, _labels: labels(n1)}');
    expect(query.text).toContain('since: r1.since, passageIds: r1.passageIds');
    expect(query.text).not.toContain('type(r1)');
  });

  it('nests deeper ties under fresh variables, page sizes as Bolt integer parameters', () => {
    expect(query.text).toContain('MATCH (n1)-[:MEMBER_OF]->(n2:Actor)');
    expect(query.text).toContain('MATCH (n0)-[r1:PARTNERS_WITH]-(n1:Actor)');
    expect(Object.values(params).every(isInt)).toBe(true);
    expect(Object.values(params).map(Number).sort()).toEqual([10, 100, 3].sort());
    expect(query.text).not.toMatch(/LIMIT (toInteger\()?\d/);
  });

  it('names the relationship only where a condition or a field reads it (a shorter text: one socket write per request)', () => {
    expect(query.text).toContain('MATCH (n0)-[:ACTIVE_IN]->(n1:Domain)\nWITH n1 ORDER BY');
    expect(query.text).toContain('WITH r1, n1 ORDER BY');
  });

  it('returns bare node maps for ties whose relationship no field reads, wrapped ones otherwise', () => {
    expect(query.text).toMatch(/LIMIT \$first\d+\nRETURN n1\{\.\*, _labels: labels\(n1\)\}\n/);
    expect(query.text).toMatch(/RETURN \{node: n1\{\.id, _t0: COLLECT/);
    expect(query.text).toMatch(/RETURN n2\{\.id\}\n/);
  });

  it('refuses a property name that is not a plain identifier', () => {
    expect(() => projectedNodeQuery({ label: 'Actor', properties: new Set(['name} RETURN 1 //']), ties: [] }, new Set())).toThrow(
      /Not a property name/,
    );
  });
});

describe('ties read as of a date', () => {
  const partnersToday: Projection = {
    label: 'Actor',
    properties: new Set(['id']),
    ties: [
      {
        spec: asOf(ACTOR_TIES.partners, '2026-03-01'),
        first: 10,
        relationship: none,
        of: { label: 'Actor', properties: new Set(['id']), ties: [] },
      },
    ],
  };

  it("check each tie's dates against the date's bound, one parameter for the statement", () => {
    const { query, params } = projectedNodeQuery(partnersToday, new Set(['MEMBER_OF']));
    expect(query.text).toContain(
      "MATCH (n0)-[r1:PARTNERS_WITH]-(n1:Actor) WHERE (coalesce(r1.since, '') <= $asOf0 AND coalesce(r1.until, '~') > $asOf0)",
    );
    expect(params.asOf0).toBe('2026-03-01~');
  });

  it('leave the check out for tie types known to carry no date: each of those ties holds at every date', () => {
    const { query, params } = projectedNodeQuery(partnersToday, new Set(['PARTNERS_WITH']));
    expect(query.text).toContain('MATCH (n0)-[:PARTNERS_WITH]-(n1:Actor)\nWITH n1 ORDER BY');
    expect(query.text).not.toContain('since');
    expect(Object.keys(params)).toEqual(['first0']);
  });

  it('are one spec per kind of tie and date, so the fields of one answer share what is worked out from it', () => {
    expect(asOf(ACTOR_TIES.partners, '2026-03-01')).toBe(asOf(ACTOR_TIES.partners, '2026-03-01'));
  });

  it('keep kinds and dates apart', () => {
    const keys = [
      tieKey(asOf(ACTOR_TIES.partners, '2026-03-01'), 10),
      tieKey(asOf(ACTOR_TIES.partners, '2026-03-02'), 10),
      tieKey(asOf(ACTOR_TIES.memberOf, '2026-03-01'), 10),
      tieKey(ACTOR_TIES.partners, 10),
    ];
    expect(new Set(keys).size).toBe(4);
  });
});
