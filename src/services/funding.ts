import type { FundingFilterInput, FundingGrouping } from '../db/cypher/funding';
import { listFundings, summariseFundings } from '../db/directory';
import type { EntityRow, FundingRow, FundingTotalRow } from '../db/rows';
import { requireKnown } from './checks';
import type { ServiceContext } from './context';

/** Fundings: lists, totals per group, and what one node received. */

export type { FundingFilterInput, FundingGrouping };

/** Every id of a funding filter must exist; names the first unknown one. */
async function requireFundingFilterIds(sc: ServiceContext, filter: FundingFilterInput | null | undefined): Promise<void> {
  if (!filter) return;
  await Promise.all([
    requireKnown({ loader: sc.loaders.actor, ids: [filter.funder], field: 'filter.funder', what: 'actor' }),
    requireKnown({ loader: sc.loaders.actor, ids: [filter.recipient], field: 'filter.recipient', what: 'actor' }),
    requireKnown({ loader: sc.loaders.programme, ids: [filter.programme], field: 'filter.programme', what: 'programme' }),
    requireKnown({ loader: sc.loaders.domain, ids: [filter.domain], field: 'filter.domain', what: 'domain' }),
  ]);
}

/** Fundings matching a filter (its ids checked first), largest first, at most `first`. */
export async function fundings(sc: ServiceContext, args: { filter?: FundingFilterInput | null; first: number }): Promise<FundingRow[]> {
  await requireFundingFilterIds(sc, args.filter);
  return listFundings(sc.db, args.filter ?? undefined, args.first);
}

/** Funding totals per funder, recipient, programme or domain (filter ids checked first), largest first. */
export async function fundingSummary(
  sc: ServiceContext,
  args: { by: FundingGrouping; filter?: FundingFilterInput | null },
): Promise<FundingTotalRow[]> {
  await requireFundingFilterIds(sc, args.filter);
  return summariseFundings(sc.db, args.by, args.filter ?? undefined, sc.limits.maxPageSize);
}

/** What a node (an actor, a programme or a domain read from the graph) received: the fundings, per funder, and its total. */
export interface FundingOverview {
  /** The funding filter selecting them (by recipient, programme or domain). */
  filter: FundingFilterInput;
  fundings: FundingRow[];
  byFunder: FundingTotalRow[];
  totalEur: number;
}

/** The filter selecting what a node received, or null for a node that receives nothing (a place). */
export function fundingFilterFor(node: EntityRow): { filter: FundingFilterInput; grouping: FundingGrouping } | null {
  const labels = node._labels ?? [];
  if (labels.includes('Actor')) return { filter: { recipient: node.id }, grouping: 'RECIPIENT' };
  if (labels.includes('Programme')) return { filter: { programme: node.id }, grouping: 'PROGRAMME' };
  if (labels.includes('Domain')) return { filter: { domain: node.id }, grouping: 'DOMAIN' };
  return null;
}

/** The fundings a node received (at most `first`), its totals per funder and its own total, in three parallel reads. */
export async function fundingOverview(
  sc: ServiceContext,
  args: { node: EntityRow; first: number; funder?: string },
): Promise<FundingOverview | null> {
  const selection = fundingFilterFor(args.node);
  if (!selection) return null;
  const { grouping } = selection;
  // Only one funder's fundings when asked (`combien la Région a mis dans …`).
  const filter = args.funder ? { ...selection.filter, funder: args.funder } : selection.filter;
  const [list, byFunder, total] = await Promise.all([
    listFundings(sc.db, filter, args.first),
    summariseFundings(sc.db, 'FUNDER', filter, 100),
    summariseFundings(sc.db, grouping, filter, 100),
  ]);
  return { filter, fundings: list, byFunder, totalEur: total.find((row) => row.group.id === args.node.id)?.totalEur ?? 0 };
}
