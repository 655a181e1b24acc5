import { requireCurator } from '../auth';
import {
  documentById,
  documentText,
  ingestDocument,
  listDocuments,
  listProposals,
  proposalCounts,
  sourceIdOf,
} from '../../services/ingestion/documents';
import { reviewProposals } from '../../services/ingestion/review';
import type { Resolvers } from '../generated';
import { pageSize } from '../arguments';
import { PAGE_SIZE } from '../../domain/limits';
import { idempotentMutations } from '../idempotency';
import { connectionFields } from './common';

/** Curators only: documents hold a publisher's full text, proposals are unreviewed claims. */
const NEED = 'reading ingested documents and proposals needs';

const { edges, nodes, pageInfo } = connectionFields;
const proposalType = {
  ACTOR: 'ActorProposal',
  LOCATION: 'LocationProposal',
  ALIAS: 'AliasProposal',
  TIE: 'TieProposal',
  FUNDING: 'FundingProposal',
  FIGURE: 'FigureProposal',
} as const;

export const ingestionResolvers: Resolvers = {
  Query: {
    documents: (_, { first, after }, ctx) => {
      requireCurator(ctx, NEED);
      return listDocuments(ctx.services.db, { first: pageSize(ctx, first, 'first', PAGE_SIZE.actors), after });
    },
    document: (_, { id }, ctx) => {
      requireCurator(ctx, NEED);
      return documentById(ctx.services.db, id);
    },
    proposals: (_, { document, status, first, after }, ctx) => {
      requireCurator(ctx, NEED);
      return listProposals(ctx.services.db, { documentId: document, status, first: pageSize(ctx, first, 'first', PAGE_SIZE.ties), after });
    },
  },
  Mutation: idempotentMutations({
    ingestDocument: (_, { input }, ctx) => {
      const curator = requireCurator(ctx).name;
      const { text, format, url, title, publisher, published, language } = input;
      // GraphQL's null is the pipeline's "not given".
      const document = { url, title, publisher, published, language };
      const given = Object.fromEntries(Object.entries(document).map(([field, value]) => [field, value ?? undefined]));
      return ingestDocument(ctx.services.db, { input: { text, format: format === 'HTML' ? 'html' : 'text', ...given }, curator });
    },
    reviewProposals: (_, { document, decisions }, ctx) =>
      reviewProposals(ctx.services.db, { documentId: document, decisions, curator: requireCurator(ctx).name }),
  }),
  Document: {
    text: async (document, _, ctx) => (await documentText(ctx.services.db, document.id)) ?? '',
    sourceId: (document) => sourceIdOf(document.id),
    proposalCounts: (document, _, ctx) => proposalCounts(ctx.services.db, document.id),
  },
  DocumentConnection: { edges, nodes, pageInfo },
  ProposalConnection: { edges, nodes, pageInfo },
  Proposal: { __resolveType: (proposal) => proposalType[proposal.kind] },
};
