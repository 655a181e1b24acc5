import { cypher, type Params } from '../database';
import { TIE_SUBSETS } from './nodes';

/** Years or dates, as precise as wanted (`2017`, `2021-06`, `2021-06-15`); either end may be open. */
export interface FundingPeriodInput {
  from?: string | null;
  to?: string | null;
}

export interface FundingFilterInput {
  funder?: string | null;
  recipient?: string | null;
  programme?: string | null;
  domain?: string | null;
  statuses?: readonly string[] | null;
  /** Fundings dated in it, or whose period overlaps it; undated ones are left out (and counted in totals). */
  period?: FundingPeriodInput | null;
  /** Given by one of these instruments; fundings whose instrument the sources do not say are left out (and counted in totals). */
  instruments?: readonly string[] | null;
  /** Only these fundings: ask narrows an answer to some of a node's fundings (a project's), its totals summed here again. */
  ids?: readonly string[] | null;
  /** Granted to at least one actor of these kinds (`quelles entreprises la Région a aidées`). */
  recipientKinds?: readonly string[] | null;
}

/**
 * The parts of a funding filter, each reading its value from the map $filter (fundingWhere): one text for
 * every combination of parts, so Neo4j plans it once (a map parameter's type is the same whatever it holds;
 * the plan cache is keyed on parameter types too). A part whose value is null holds for every funding.
 */
const CONDITIONS = {
  funder: 'EXISTS { MATCH (:Actor {id: $filter.funder})-[:GRANTS]->(f) }',
  recipient: 'EXISTS { MATCH (f)-[:GRANTED_TO]->(:Actor {id: $filter.recipient}) }',
  programme: 'EXISTS { MATCH (f)-[:UNDER]->(:Programme {id: $filter.programme}) }',
  domain: 'EXISTS { MATCH (f)-[:FOR_DOMAIN]->(:Domain)-[:SUBDOMAIN_OF*0..6]->(:Domain {id: $filter.domain}) }',
  statuses: 'f.status IN $filter.statuses',
  ids: 'f.id IN $filter.ids',
  recipientKinds: 'EXISTS { MATCH (f)-[:GRANTED_TO]->(r:Actor) WHERE r.kind IN $filter.recipientKinds }',
} as const;

/**
 * Partial dates compared as strings: a start is padded with -00 (`2021` -> `2021-00-00`), an end with
 * -99 (`2021-06` -> `2021-06-99`), so `2021-06` lies within a period from 2021 to 2021.
 */
const START = (date: string) => `left(${date} + '-00-00', 10)`;
const END = (date: string) => `left(${date} + '-99-99', 10)`;
/** A period `2024-2028`, `2017-` (open: until now and on) or `2023`: its first and last years. */
const PERIOD_START = START("split(f.period, '-')[0]");
const PERIOD_END = `CASE WHEN f.period ENDS WITH '-' THEN '9999-99-99' ELSE ${END("last(split(f.period, '-'))")} END`;
/** Dated (a date or a period) within [periodFrom, periodTo]: the date falls in it or the period overlaps it. */
const IN_PERIOD = `((f.date IS NOT NULL AND ${END('f.date')} >= $filter.periodFrom AND ${START('f.date')} <= $filter.periodTo)
       OR (f.period IS NOT NULL AND ${PERIOD_END} >= $filter.periodFrom AND ${PERIOD_START} <= $filter.periodTo))`;
/** When a period is asked, a funding the sources give no date or period for: left out, and counted as such. */
const UNDATED = '($filter.periodAsked AND f.date IS NULL AND f.period IS NULL)';
/** When instruments are asked, a funding whose instrument the sources do not say: left out, and counted as such. */
const NO_INSTRUMENT = '($filter.instrumentsAsked AND f.instrument IS NULL)';

/** The bounds of a period as padded strings (see START/END). */
function periodBounds(period: FundingPeriodInput): { periodFrom: string; periodTo: string } {
  const pad = (date: string, filler: string) => (date + filler).slice(0, 10);
  return { periodFrom: pad(period.from ?? '0000', '-00-00'), periodTo: pad(period.to ?? '9999', '-99-99') };
}

/**
 * WHERE clause and parameters for a funding filter: the same text whatever the filter holds, its values in
 * one map parameter, `filter`. With `keepUnknown`, fundings left out only for lacking a date (period asked)
 * or an instrument (instruments asked) still match, for the totals to count them apart (UNDATED,
 * NO_INSTRUMENT); otherwise they are left out.
 */
export function fundingWhere(filter: FundingFilterInput = {}, options: { keepUnknown?: boolean } = {}): { where: string; params: Params } {
  const asked = <T>(value: T | null | undefined) => (value === undefined || (Array.isArray(value) && value.length === 0) ? null : value);
  const period = filter.period && (filter.period.from || filter.period.to) ? filter.period : null;
  const instruments = asked(filter.instruments);
  const conditions = [
    ...(Object.keys(CONDITIONS) as (keyof typeof CONDITIONS)[]).map((key) => `($filter.${key} IS NULL OR ${CONDITIONS[key]})`),
    `(NOT $filter.periodAsked OR ${options.keepUnknown ? `${IN_PERIOD} OR ${UNDATED}` : IN_PERIOD})`,
    `(NOT $filter.instrumentsAsked OR f.instrument IN $filter.instruments${options.keepUnknown ? ` OR ${NO_INSTRUMENT}` : ''})`,
  ];
  const values = {
    funder: asked(filter.funder),
    recipient: asked(filter.recipient),
    programme: asked(filter.programme),
    domain: asked(filter.domain),
    statuses: asked(filter.statuses),
    ids: asked(filter.ids),
    recipientKinds: asked(filter.recipientKinds),
    periodAsked: period !== null,
    ...(period ? periodBounds(period) : { periodFrom: null, periodTo: null }),
    instrumentsAsked: instruments !== null,
    instruments,
  };
  return { where: `WHERE ${conditions.join('\n       AND ')}`, params: { filter: values } };
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
 * A line's fundings come largest amount first (unknown amounts last), then by id, so answers are stable.
 */
export function fundingSummaryQuery(by: FundingGrouping, where: string) {
  return cypher(
    `funding.summaryBy${by}`,
    `MATCH (f:Funding) ${where}
     WITH f, ${GROUPS[by]} AS groups, ${UNDATED} AS undated, ${NO_INSTRUMENT} AS noInstrument
     WITH f, groups, undated, noInstrument, size(groups) > 1 OR coalesce(f.shared, false) AS sharedAcross
     UNWIND groups AS g
     WITH DISTINCT g, f, sharedAcross, undated, noInstrument
     ORDER BY coalesce(f.amountEur, -1) DESC, f.id
     WITH g, collect(CASE WHEN undated OR noInstrument THEN null ELSE f END) AS fundings,
          any(x IN collect(sharedAcross AND NOT (undated OR noInstrument)) WHERE x) AS includesSharedAmounts,
          sum(CASE WHEN undated THEN 1 ELSE 0 END) AS undatedExcluded,
          sum(CASE WHEN noInstrument AND NOT undated THEN 1 ELSE 0 END) AS noInstrumentExcluded
     WITH g, fundings, includesSharedAmounts, undatedExcluded, noInstrumentExcluded,
          [x IN fundings WHERE NOT EXISTS { MATCH (x)-[:PART_OF*1..6]->(y:Funding) WHERE y IN fundings }] AS counted
     RETURN g{.*, _labels: labels(g)} AS group,
            reduce(total = 0.0, x IN counted | total + CASE WHEN ${USABLE_AMOUNT('x')} THEN x.amountEur ELSE 0.0 END) AS totalEur,
            size(fundings) AS fundingCount,
            size([x IN fundings WHERE NOT coalesce(${USABLE_AMOUNT('x')}, false)]) AS unknownAmountCount,
            includesSharedAmounts, undatedExcluded, noInstrumentExcluded,
            [x IN fundings | x{.*}] AS fundings
     ORDER BY totalEur DESC, group.id
     LIMIT toInteger($limit)`,
  );
}
