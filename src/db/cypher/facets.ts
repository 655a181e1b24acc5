import { cypher, type CypherQuery } from '../database';
import { PROGRAMME_ROLES } from '../../domain/model';
import { type ListSpec, matchingNodes } from './lists';

/**
 * Facets of an actor list: for each facet (kind, domain, département, city, programme, funder, founded
 * year) its values with how many actors of the list have each. A facet's counts apply every active
 * filter but its own (the usual rule: choosing another value of a facet widens, it does not empty), so
 * facets whose own filter is inactive share one set of matches: the statement has one subquery per
 * distinct set (the list's own, and one per active faceted filter), each walking its matches once and
 * grouping them by every facet that uses it.
 */

export const FACETS = ['kinds', 'domains', 'departments', 'cities', 'programmes', 'funders', 'foundedYears'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * Per facet, from the list `matches` (distinct actors): at most $facetSize values {value, name?,
 * nameEn?, count}, most frequent first. `value` is what the filter takes to select it: a kind, a
 * domain, place, programme or funder id, a département code, a year. Hierarchies (domains, places)
 * are walked up once per node the actors are tied to, not once per actor.
 */
const FACET_VALUES: Record<Facet, string> = {
  kinds: `UNWIND matches AS n
    WITH n.kind AS value, count(*) AS count ORDER BY count DESC, value LIMIT toInteger($facetSize)
    RETURN collect({value: value, count: count}) AS kinds`,
  domains: `UNWIND matches AS n
    MATCH (n)-[:ACTIVE_IN]->(leaf:Domain)
    WITH leaf, collect(n) AS members
    MATCH (leaf)-[:SUBDOMAIN_OF*0..6]->(d:Domain)
    UNWIND members AS n
    WITH d, count(DISTINCT n) AS count ORDER BY count DESC, d.name, d.id LIMIT toInteger($facetSize)
    RETURN collect({value: d.id, name: d.name, nameEn: d.nameEn, count: count}) AS domains`,
  departments: `UNWIND matches AS n
    MATCH (n)-[:LOCATED_IN]->(place:Place)
    WITH place, collect(n) AS located
    MATCH (place)-[:WITHIN*0..6]->(d:Place {kind: 'DEPARTMENT'})
    UNWIND located AS n
    WITH d, count(DISTINCT n) AS count ORDER BY count DESC, d.name, d.id LIMIT toInteger($facetSize)
    RETURN collect({value: d.code, name: d.name, count: count}) AS departments`,
  cities: `UNWIND matches AS n
    MATCH (n)-[:LOCATED_IN]->(place:Place)
    WITH place, collect(n) AS located
    MATCH (place)-[:WITHIN*0..6]->(c:Place {kind: 'CITY'})
    UNWIND located AS n
    WITH c, count(DISTINCT n) AS count ORDER BY count DESC, c.name, c.id LIMIT toInteger($facetSize)
    RETURN collect({value: c.id, name: c.name, count: count}) AS cities`,
  programmes: `UNWIND matches AS n
    MATCH (n)-[:${PROGRAMME_ROLES.join('|')}]->(p:Programme)
    WITH p, count(DISTINCT n) AS count ORDER BY count DESC, p.name, p.id LIMIT toInteger($facetSize)
    RETURN collect({value: p.id, name: p.name, count: count}) AS programmes`,
  funders: `UNWIND matches AS n
    MATCH (n)<-[:GRANTED_TO]-(:Funding)<-[:GRANTS]-(f:Actor)
    WITH f, count(DISTINCT n) AS count ORDER BY count DESC, f.nameKey, f.id LIMIT toInteger($facetSize)
    RETURN collect({value: f.id, name: f.name, count: count}) AS funders`,
  // `founded` is a date as precise as known (YYYY, YYYY-MM or YYYY-MM-DD): its year is its first four characters.
  foundedYears: `UNWIND matches AS n
    WITH n WHERE n.founded IS NOT NULL
    WITH substring(toString(n.founded), 0, 4) AS value, count(*) AS count ORDER BY count DESC, value DESC LIMIT toInteger($facetSize)
    RETURN collect({value: value, count: count}) AS foundedYears`,
};

/** The facets computed from one set of matches: the list spec it is, and the facets grouped over it. */
export interface FacetGroup {
  spec: ListSpec;
  facets: Facet[];
}

/**
 * One statement for every facet: a subquery per group. Rows: one, with a column per facet. The groups'
 * specs share one parameter map (each uses its own part of it); `name` tells plans apart in logs.
 */
export function facetsQuery(groups: readonly FacetGroup[], name: string): CypherQuery {
  const subqueries = groups.map(
    (group) => `CALL () {
  ${matchingNodes(group.spec, group.spec.conditions).replaceAll('\n', '\n  ')}
  WITH collect(n) AS matches
  ${group.facets.map((facet) => `CALL (matches) {\n    ${FACET_VALUES[facet]}\n  }`).join('\n  ')}
  RETURN ${group.facets.join(', ')}
}`,
  );
  return cypher(`facets.actors${name}`, `${subqueries.join('\n')}\nRETURN ${FACETS.join(', ')}`);
}
