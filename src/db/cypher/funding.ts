import { cypher, type Params } from '../database';
import { TIE_SUBSETS } from './nodes';

export interface FundingFilterInput {
  funder?: string | null;
  recipient?: string | null;
  programme?: string | null;
  domain?: string | null;
  statuses?: readonly string[] | null;
}

const CONDITIONS = {
  funder: 'EXISTS { MATCH (:Actor {id: $funder})-[:GRANTS]->(f) }',
  recipient: 'EXISTS { MATCH (f)-[:GRANTED_TO]->(:Actor {id: $recipient}) }',
  programme: 'EXISTS { MATCH (f)-[:UNDER]->(:Programme {id: $programme}) }',
  domain: 'EXISTS { MATCH (f)-[:FOR_DOMAIN]->(:Domain)-[:SUBDOMAIN_OF*0..6]->(:Domain {id: $domain}) }',
  statuses: 'f.status IN $statuses',
} as const;

/** WHERE clause and parameters for a funding filter (fixed fragments only). */
export function fundingWhere(filter: FundingFilterInput = {}): { where: string; params: Params } {
  const conditions: string[] = [];
  const params: Params = {};
  for (const key of Object.keys(CONDITIONS) as (keyof typeof CONDITIONS)[]) {
    const value = filter[key];
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) continue;
    conditions.push(CONDITIONS[key]);
    params[key] = value;
  }
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

export function fundingsQuery(where: string) {
  return cypher(
    'funding.list',
    `MATCH (f:Funding) ${where}
     RETURN f{.*} AS node
     ORDER BY coalesce(f.amountEur, -1) DESC, f.id
     LIMIT toInteger($limit)`,
  );
}

/** True when the funding's amount is a number within the bounds of LIMITS.maxAmountEur ($maxAmountEur); NaN fails both tests. */
const USABLE_AMOUNT = (funding: string) => `(${funding}.amountEur >= 0 AND ${funding}.amountEur <= $maxAmountEur)`;

/** The groups a funding belongs to, per grouping. */
const GROUPS = {
  /** The lead funder only: a co-funded amount counts once. */
  FUNDER: `[(g:Actor)-[r:GRANTS]->(f) WHERE ${TIE_SUBSETS.leadFunder('r')} | g]`,
  RECIPIENT: '[(f)-[:GRANTED_TO]->(g:Actor) | g]',
  PROGRAMME: '[(f)-[:UNDER]->(g:Programme) | g]',
  DOMAIN: '[(f)-[:FOR_DOMAIN]->(:Domain)-[:SUBDOMAIN_OF*0..6]->(g:Domain) | g]',
} as const;
export type FundingGrouping = keyof typeof GROUPS;

/**
 * Totals per group. Within a group an amount included in another of the same group (PART_OF) is not
 * added again; a funding present in several groups of the grouping is flagged as shared. Only amounts
 * within 0..$maxAmountEur are added (others count as unknown), so a bad stored value (written before
 * the bounds, or by hand) cannot make a total overflow to Infinity, which GraphQL's Float cannot carry.
 */
export function fundingSummaryQuery(by: FundingGrouping, where: string) {
  return cypher(
    `funding.summaryBy${by}`,
    `MATCH (f:Funding) ${where}
     WITH f, ${GROUPS[by]} AS groups
     WITH f, groups, size(groups) > 1 OR coalesce(f.shared, false) AS sharedAcross
     UNWIND groups AS g
     WITH DISTINCT g, f, sharedAcross
     WITH g, collect(f) AS fundings, any(x IN collect(sharedAcross) WHERE x) AS includesSharedAmounts
     WITH g, fundings, includesSharedAmounts,
          [x IN fundings WHERE NOT EXISTS { MATCH (x)-[:PART_OF*1..6]->(y:Funding) WHERE y IN fundings }] AS counted
     RETURN g{.*, _labels: labels(g)} AS group,
            reduce(total = 0.0, x IN counted | total + CASE WHEN ${USABLE_AMOUNT('x')} THEN x.amountEur ELSE 0.0 END) AS totalEur,
            size(fundings) AS fundingCount,
            size([x IN fundings WHERE NOT coalesce(${USABLE_AMOUNT('x')}, false)]) AS unknownAmountCount,
            includesSharedAmounts,
            [x IN fundings | x{.*}] AS fundings
     ORDER BY totalEur DESC, group.id
     LIMIT toInteger($limit)`,
  );
}
