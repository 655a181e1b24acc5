import type { FundingFilterInput, FundingGrouping } from '../db/cypher/funding';
import { listFundings, summariseFundings } from '../db/directory';
import type { ActorRow, EntityRow, FundingRow, FundingTotalRow, ProgrammeRow } from '../db/rows';
import {
  FUNDING_COFUNDERS,
  FUNDING_FUNDER,
  FUNDING_PART_OF,
  FUNDING_PARTS,
  FUNDING_PROGRAMME,
  FUNDING_RECIPIENTS,
  type TieSpec,
} from '../db/ties';
import { InvalidInputError } from '../domain/errors';
import { PAGE_SIZE } from '../domain/limits';
import type { Lang } from '../domain/vocabulary';
import { requireKnown } from './checks';
import type { ServiceContext } from './context';

/** Fundings: lists, totals per group, and what one node received. */

export type { FundingFilterInput, FundingGrouping };

/** Every id of a funding filter must exist; names the first unknown one. */
async function requireFundingFilterIds(sc: ServiceContext, filter: FundingFilterInput | null | undefined): Promise<void> {
  if (!filter) return;
  const { from, to } = filter.period ?? {};
  // Compared at the precision both have: 2021-06 to 2021 is one month of 2021, 2022 to 2021 is empty.
  if (from && to && from.slice(0, to.length) > to.slice(0, from.length))
    throw new InvalidInputError(`filter.period: from (${from}) is after to (${to}); give from before to.`, 'filter.period');
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
  /** The node whose total `totalEur` is, and the grouping it is a group of. */
  nodeId: string;
  grouping: FundingGrouping;
  fundings: FundingRow[];
  byFunder: FundingTotalRow[];
  /** What an actor gave (grouping FUNDER), or a programme's or a domain's money: the totals per recipient, largest first; null for a recipient's. */
  byRecipient: FundingTotalRow[] | null;
  totalEur: number;
  /** A period was asked: the node's fundings left out for having no date or period. */
  undatedExcluded: number;
  /** Instruments were asked: the node's fundings left out because the sources do not say how they were given. */
  noInstrumentExcluded: number;
}

/** The filter selecting what a node received, or null for a node that receives nothing (a place). */
export function fundingFilterFor(node: EntityRow): { filter: FundingFilterInput; grouping: FundingGrouping } | null {
  const labels = node._labels ?? [];
  if (labels.includes('Actor')) return { filter: { recipient: node.id }, grouping: 'RECIPIENT' };
  if (labels.includes('Programme')) return { filter: { programme: node.id }, grouping: 'PROGRAMME' };
  if (labels.includes('Domain')) return { filter: { domain: node.id }, grouping: 'DOMAIN' };
  return null;
}

/** The fundings a node received, or an actor gave (at most `first`), the totals per funder and the node's own total, in three parallel reads. */
export async function fundingOverview(
  sc: ServiceContext,
  args: {
    node: EntityRow;
    first: number;
    funder?: string;
    period?: FundingFilterInput['period'];
    instruments?: FundingFilterInput['instruments'];
    /** What an actor gave rather than what it received (`subventions de Bpifrance`). */
    given?: boolean;
    /** Only the fundings that went through this programme (`dans le cadre de France 2030`). */
    programme?: string;
    /** Only the fundings granted to an actor of these kinds (`quelles entreprises la Région a aidées`). */
    recipientKinds?: readonly string[];
  },
): Promise<FundingOverview | null> {
  const isActor = args.node._labels?.includes('Actor') ?? false;
  const selection = args.given && isActor ? { filter: { funder: args.node.id }, grouping: 'FUNDER' as const } : fundingFilterFor(args.node);
  if (!selection) return null;
  // Only one funder's fundings (`combien la Région a mis dans …`), one period, some instruments, when asked.
  const filter: FundingFilterInput = {
    ...selection.filter,
    ...(args.funder && { funder: args.funder }),
    ...(args.programme && { programme: args.programme }),
    ...(args.period && { period: args.period }),
    ...(args.instruments?.length && { instruments: args.instruments }),
    ...(args.recipientKinds?.length && { recipientKinds: args.recipientKinds }),
  };
  return readOverview(sc, { filter, grouping: selection.grouping, nodeId: args.node.id, first: args.first });
}

/**
 * An overview kept to some of its fundings (`keep`), read again with their ids as a filter, so that the totals count an
 * amount included in another kept one once, as every total does (the database knows the PART_OF ties; the rows do not).
 */
export async function narrowedFundingOverview(
  sc: ServiceContext,
  overview: FundingOverview,
  keep: (funding: FundingRow) => boolean,
): Promise<FundingOverview> {
  const ids = overview.fundings.filter(keep).map((funding) => funding.id);
  if (ids.length === overview.fundings.length) return overview;
  // An empty list of ids would read as no filter at all.
  if (ids.length === 0)
    return {
      ...overview,
      fundings: [],
      byFunder: [],
      byRecipient: overview.byRecipient && [],
      totalEur: 0,
      undatedExcluded: 0,
      noInstrumentExcluded: 0,
    };
  const narrowed = await readOverview(sc, {
    filter: { ...overview.filter, ids },
    grouping: overview.grouping,
    nodeId: overview.nodeId,
    first: Math.max(ids.length, 1),
  });
  // Left out by `keep`, not for lacking a date or an instrument: those counts belong to the overview before narrowing.
  return { ...narrowed, undatedExcluded: 0, noInstrumentExcluded: 0 };
}

async function readOverview(
  sc: ServiceContext,
  { filter, grouping, nodeId, first }: { filter: FundingFilterInput; grouping: FundingGrouping; nodeId: string; first: number },
): Promise<FundingOverview> {
  const [list, byFunder, total, byRecipient] = await Promise.all([
    listFundings(sc.db, filter, first),
    summariseFundings(sc.db, 'FUNDER', filter, 100),
    summariseFundings(sc.db, grouping, filter, 100),
    // What a funder gave, or what went into a programme or a domain: to whom, as much as from whom a recipient got it.
    grouping !== 'RECIPIENT' ? summariseFundings(sc.db, 'RECIPIENT', filter, 100) : null,
  ]);
  const own = total.find((row) => row.group.id === nodeId);
  return {
    filter,
    nodeId,
    grouping,
    fundings: list,
    // Another funder whose every funding was left out (undated, or of unknown instrument; a co-funder's share, mostly) gave
    // nothing that answers; the funder asked keeps its line, which counts what was left out.
    byFunder: byFunder.filter((line) => line.fundingCount > 0 || line.group.id === filter.funder),
    byRecipient: byRecipient?.filter((line) => line.fundingCount > 0) ?? null,
    totalEur: own?.totalEur ?? 0,
    undatedExcluded: own?.undatedExcluded ?? 0,
    noInstrumentExcluded: own?.noInstrumentExcluded ?? 0,
  };
}

/** How a funding's amount is shared (Funding.sharing). */
export type FundingSharingKind = 'RECIPIENTS' | 'COFUNDERS' | 'PART_OF_LARGER' | 'INCLUDES_PARTS';

/** Every way a funding's amount is shared, with what it is shared with (the ties read through the request's loaders). */
export interface FundingSharingRow {
  kinds: FundingSharingKind[];
  recipients: ActorRow[];
  funder: ActorRow | null;
  cofunders: ActorRow[];
  larger: FundingRow | null;
  partCount: number;
}

/** How a funding's amount is shared: by its recipients, with cofunders, within a larger funding, or over smaller ones. */
export async function fundingSharing(sc: ServiceContext, funding: FundingRow): Promise<FundingSharingRow> {
  const nodes = async <T>(spec: TieSpec) => (await sc.loaders.ties<T>(spec, PAGE_SIZE.ties).load(funding.id)).map((tie) => tie.node);
  const [recipients, funders, cofunders, larger, parts] = await Promise.all([
    nodes<ActorRow>(FUNDING_RECIPIENTS),
    nodes<ActorRow>(FUNDING_FUNDER),
    nodes<ActorRow>(FUNDING_COFUNDERS),
    nodes<FundingRow>(FUNDING_PART_OF),
    nodes<FundingRow>(FUNDING_PARTS),
  ]);
  const kinds: FundingSharingKind[] = [];
  if (funding.shared) kinds.push('RECIPIENTS');
  if (cofunders.length > 0) kinds.push('COFUNDERS');
  if (larger.length > 0) kinds.push('PART_OF_LARGER');
  if (parts.length > 0) kinds.push('INCLUDES_PARTS');
  return { kinds, recipients, funder: funders[0] ?? null, cofunders, larger: larger[0] ?? null, partCount: parts.length };
}

/** The programme a funding went through (UNDER), or null when the sources name none. */
export async function fundingProgramme(sc: ServiceContext, funding: Pick<FundingRow, 'id'>): Promise<ProgrammeRow | null> {
  const ties = await sc.loaders.ties<ProgrammeRow>(FUNDING_PROGRAMME, PAGE_SIZE.ties).load(funding.id);
  return ties[0]?.node ?? null;
}

/** Names joined as a reader says them: `A, B et C`. */
function names(actors: readonly ActorRow[], lang: Lang): string {
  const all = actors.map((actor) => actor.name);
  const last = all.pop();
  return all.length ? `${all.join(', ')} ${lang === 'FR' ? 'et' : 'and'} ${last}` : (last ?? '');
}

/** The sharing of an amount in words, to print beside it; null when the amount is not shared. */
export function sharingNote(sharing: FundingSharingRow, lang: Lang): string | null {
  const fr = lang === 'FR';
  const phrases = sharing.kinds.map((kind) => {
    switch (kind) {
      case 'RECIPIENTS':
        return fr
          ? `montant unique pour ${names(sharing.recipients, lang)} ensemble, non pour chacun`
          : `one amount for ${names(sharing.recipients, lang)} together, not for each`;
      case 'COFUNDERS': {
        const by = sharing.funder ? `${sharing.funder.name} ` : '';
        return fr
          ? `montant total apporté par ${by}avec ${names(sharing.cofunders, lang)}`
          : `the total given by ${by}with ${names(sharing.cofunders, lang)}`;
      }
      case 'PART_OF_LARGER': {
        const larger = sharing.larger?.amountText ?? sharing.larger?.id ?? '';
        return fr
          ? `inclus dans un financement plus large (${larger}), compté une fois`
          : `included in a larger funding (${larger}), counted once`;
      }
      case 'INCLUDES_PARTS':
        return fr
          ? `comprend ${sharing.partCount} montant${sharing.partCount > 1 ? 's' : ''} listé${sharing.partCount > 1 ? 's' : ''} à part, compté${sharing.partCount > 1 ? 's' : ''} une fois`
          : `includes ${sharing.partCount} amount${sharing.partCount > 1 ? 's' : ''} listed apart, counted once`;
    }
  });
  return phrases.length ? phrases.join(fr ? ' ; ' : '; ') : null;
}
