import type { Database } from '../../db/database';
import {
  DOCUMENT_BY_ID,
  DOCUMENT_TEXT,
  LIST_DOCUMENTS,
  LIST_PROPOSALS,
  MERGE_DOCUMENT,
  PROPOSAL_COUNTS,
  STORE_PROPOSALS,
} from '../../db/cypher/review';
import { decodeCursor, encodeCursor } from '../../db/pagination';
import { nameKey } from '../../domain/model';
import { type DocumentInput, loadGraphNames, type PreparedDocument, prepareDocument, proposeFacts } from './pipeline';
import type { DocumentDescription, Proposal, ProposalStatus } from './proposals/contract';

/**
 * Storage of ingested documents and their proposals. A document is stored once per content hash with
 * its text (the curator's copy: every proposal's sentence points into it by offsets); its proposals
 * wait for review (review.ts).
 */

/** How a document is read into proposals: the pipeline, or in tests a reader of hand-made proposals. */
export interface DocumentReader {
  /** Validates and normalises the input; throws InvalidInputError (BAD_USER_INPUT) on bad input. */
  prepare(input: DocumentInput): PreparedDocument;
  /** The facts the document states, linked to the graph as it is now. */
  propose(db: Database, document: PreparedDocument): Promise<Proposal[]>;
}

/** The rules of the pipeline (pipeline.ts) over the graph's names. */
export const pipelineReader: DocumentReader = {
  prepare: prepareDocument,
  propose: async (db, document) => proposeFacts({ document, names: await loadGraphNames(db) }).proposals,
};

/** A stored document, as the API shows it. */
export interface StoredDocument extends DocumentDescription {
  ingestedAt: string;
  ingestedBy: string;
}

/** A proposal as stored: the contract's fields with its review state. */
export type StoredProposal = Proposal & {
  documentId: string;
  status: ProposalStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  /** The graph ids the decision wrote (accepted or edited). */
  writtenIds: string[];
};

/** What ingestDocument returns: the document, its proposals, and whether it was there already. */
export interface IngestOutcome {
  document: StoredDocument;
  proposals: StoredProposal[];
  alreadyIngested: boolean;
}

/** The key of a stored proposal: its id is stable within its document only. */
export const proposalKey = (documentId: string, proposalId: string) => `${documentId}:${proposalId}`;

/** A stored Proposal node's properties. */
interface ProposalNode {
  id: string;
  documentId: string;
  kind: string;
  status: ProposalStatus;
  payload: string;
  decidedBy?: string | null;
  decidedAt?: string | null;
  edited?: string | null;
  writtenIds?: string[] | null;
}

/** A stored proposal as the contract describes it; an edited one shows its values after the edit. */
export function proposalOf(node: ProposalNode): StoredProposal {
  const proposal = JSON.parse(node.edited ?? node.payload) as Proposal;
  return {
    ...proposal,
    documentId: node.documentId,
    status: node.status,
    decidedBy: node.decidedBy ?? null,
    decidedAt: node.decidedAt ?? null,
    writtenIds: node.writtenIds ?? [],
  };
}

/** The properties a new proposal is stored with. */
function proposalNode(documentId: string, proposal: Proposal): Record<string, unknown> {
  return {
    key: proposalKey(documentId, proposal.id),
    id: proposal.id,
    documentId,
    kind: proposal.kind,
    payload: JSON.stringify(proposal),
    sentenceStart: proposal.sentence.start,
    sentenceEnd: proposal.sentence.end,
    sentenceText: proposal.sentence.text,
    confidence: proposal.confidence,
    // How a later proposal naming this new actor finds it once accepted.
    ...(proposal.kind === 'ACTOR' ? { nameKey: nameKey(proposal.name) } : {}),
  };
}

/**
 * Reads a document and stores it with its proposals in one transaction. The same text ingested again
 * is recognised by its hash: it is returned as stored, nothing is proposed or written.
 */
export async function ingestDocument(
  db: Database,
  args: { input: DocumentInput; curator: string; reader?: DocumentReader },
): Promise<IngestOutcome> {
  const reader = args.reader ?? pipelineReader;
  const { text, ...description } = reader.prepare(args.input);
  const stored = await documentById(db, description.id);
  if (stored) return { document: stored, proposals: await allProposals(db, stored.id), alreadyIngested: true };
  const proposals = await reader.propose(db, { ...description, text });
  const outcome = await db.writeTransaction(async (tx) => {
    const [row] = await tx.run<{ document: StoredDocument; created: boolean }>(MERGE_DOCUMENT, {
      document: { ...description, text, ingestedAt: new Date().toISOString(), ingestedBy: args.curator },
    });
    // Another ingestion of the same text committed first: it stored the proposals.
    if (!row!.created) return { document: row!.document, alreadyIngested: true };
    await tx.run(STORE_PROPOSALS, {
      documentId: description.id,
      proposals: proposals.map((p) => proposalNode(row!.document.id, p)),
    });
    return { document: row!.document, alreadyIngested: false };
  });
  return { ...outcome, proposals: await allProposals(db, outcome.document.id) };
}

/** A stored document by its id (content hash); null when there is none. */
export async function documentById(db: Database, id: string): Promise<StoredDocument | null> {
  const [row] = await db.read<{ document: StoredDocument }>(DOCUMENT_BY_ID, { id });
  return row?.document ?? null;
}

/** The stored text of a document. */
export async function documentText(db: Database, id: string): Promise<string | null> {
  const [row] = await db.read<{ text: string | null }>(DOCUMENT_TEXT, { id });
  return row?.text ?? null;
}

/** A page of a list, with its cursors. */
interface Page<T> {
  edges: { cursor: string; node: T }[];
  hasNextPage: boolean;
}
export type DocumentPage = Page<StoredDocument>;
export type DocumentEdgeRow = DocumentPage['edges'][number];
export type ProposalPage = Page<StoredProposal>;
export type ProposalEdgeRow = ProposalPage['edges'][number];

/** A page of stored documents, newest first. */
export async function listDocuments(db: Database, args: { first: number; after?: string | null }): Promise<DocumentPage> {
  const after = args.after ? decodeCursor(args.after, 'documents') : null;
  const rows = await db.read<{ document: StoredDocument }>(LIST_DOCUMENTS, { after, limit: args.first + 1 });
  const edges = rows.slice(0, args.first).map(({ document }) => ({
    cursor: encodeCursor('documents', document.ingestedAt, document.id),
    node: document,
  }));
  return { edges, hasNextPage: rows.length > args.first };
}

/** A page of a document's proposals in reading order, optionally of one status. */
export async function listProposals(
  db: Database,
  args: { documentId: string; status?: ProposalStatus | null; first: number; after?: string | null },
): Promise<ProposalPage> {
  const after = args.after ? decodeCursor(args.after, 'proposals') : null;
  const rows = await db.read<{ proposal: ProposalNode }>(LIST_PROPOSALS, {
    documentId: args.documentId,
    status: args.status ?? null,
    after,
    limit: args.first + 1,
  });
  const edges = rows.slice(0, args.first).map(({ proposal }) => {
    const node = proposalOf(proposal);
    return { cursor: encodeCursor('proposals', String(node.sentence.start), node.id), node };
  });
  return { edges, hasNextPage: rows.length > args.first };
}

/** Every proposal of a document (ingestion answers with all of them). */
async function allProposals(db: Database, documentId: string): Promise<StoredProposal[]> {
  const rows = await db.read<{ proposal: ProposalNode }>(LIST_PROPOSALS, { documentId, status: null, after: null, limit: 100_000 });
  return rows.map((row) => proposalOf(row.proposal));
}

/** How many proposals of each status a document has. */
export async function proposalCounts(db: Database, documentId: string): Promise<{ [S in ProposalStatus as Lowercase<S>]: number }> {
  const counts = { pending: 0, accepted: 0, edited: 0, rejected: 0 };
  for (const row of await db.read<{ status: ProposalStatus; count: number }>(PROPOSAL_COUNTS, { documentIds: [documentId] })) {
    counts[row.status.toLowerCase() as keyof typeof counts] = row.count;
  }
  return counts;
}

/** The id of the Source that a document's accepted facts cite. */
export const sourceIdOf = (documentId: string) => `doc-${documentId.slice(0, 16)}`;
