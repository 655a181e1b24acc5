import type { ActorRow, DomainRow, FundingRow, ProgrammeRow } from '../../db/rows';
import { fundingById } from '../../services/directory';
import { fundingSharing, fundings, fundingSummary, sharingNote } from '../../services/funding';
import type { Resolvers } from '../generated';
import { pageSize } from '../arguments';
import { LIMITS } from '../../domain/limits';
import { citations, entityTypeName, nodeOf, nodesOf } from './common';
import {
  FUNDING_COFUNDERS,
  FUNDING_DOMAINS,
  FUNDING_FUNDER,
  FUNDING_PART_OF,
  FUNDING_PARTS,
  FUNDING_PROGRAMME,
  FUNDING_RECIPIENTS,
} from '../../db/ties';

export const fundingResolvers: Resolvers = {
  Query: {
    funding: (_, { id }, ctx) => fundingById(ctx.services, id),
    fundings: (_, { filter, first }, ctx) => fundings(ctx.services, { filter, first: pageSize(ctx, first, 'first', 100) }),
    fundingSummary: (_, { by, filter }, ctx) => fundingSummary(ctx.services, { by, filter }),
  },
  Funding: {
    name: async (funding, _, ctx) => {
      const funder = await nodeOf<ActorRow>(ctx, FUNDING_FUNDER, funding.id);
      const amountEur = usableAmount(funding.amountEur);
      const amount = funding.amountText ?? (amountEur !== null ? formatEuros(amountEur) : 'montant non précisé');
      return funder ? `${amount} (${funder.name})` : amount;
    },
    funder: async (funding, _, ctx) => {
      const funder = await nodeOf<ActorRow>(ctx, FUNDING_FUNDER, funding.id);
      if (!funder) throw new Error(`Funding ${funding.id} has no funder`);
      return funder;
    },
    cofunders: (funding, _, ctx) => nodesOf<ActorRow>(ctx, FUNDING_COFUNDERS, funding.id),
    recipients: (funding, _, ctx) => nodesOf<ActorRow>(ctx, FUNDING_RECIPIENTS, funding.id),
    programme: (funding, _, ctx) => nodeOf<ProgrammeRow>(ctx, FUNDING_PROGRAMME, funding.id),
    domains: (funding, _, ctx) => nodesOf<DomainRow>(ctx, FUNDING_DOMAINS, funding.id),
    amountEur: (funding) => usableAmount(funding.amountEur),
    shared: (funding) => funding.shared ?? false,
    sharing: async (funding, _, ctx) => (await fundingSharing(ctx.services, funding)).kinds,
    sharingNote: async (funding, { lang }, ctx) => sharingNote(await fundingSharing(ctx.services, funding), lang ?? 'FR'),
    partOf: (funding, _, ctx) => nodeOf<FundingRow>(ctx, FUNDING_PART_OF, funding.id),
    parts: (funding, _, ctx) => nodesOf<FundingRow>(ctx, FUNDING_PARTS, funding.id),
    sources: (funding, _, ctx) => citations(ctx, funding.passageIds),
  },
  GraphNode: {
    __resolveType: (row) => entityTypeName(row),
  },
};

/** A stored amount as the API shows it: null (unknown) unless a number within 0..LIMITS.maxAmountEur, the bounds every write checks. */
export function usableAmount(amountEur: number | null | undefined): number | null {
  return typeof amountEur === 'number' && amountEur >= 0 && amountEur <= LIMITS.maxAmountEur ? amountEur : null;
}

/** "500 000 €": French digit grouping (narrow no-break space), the same on every Node build (toLocaleString depends on ICU data). */
export function formatEuros(amount: number): string {
  const [whole, fraction] = String(Math.round(amount * 100) / 100).split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return `${grouped}${fraction ? `,${fraction}` : ''}\u00a0€`;
}
