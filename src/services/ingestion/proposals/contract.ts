import type { ActorKind, FigureMetric, FundingInstrument, Qualifier } from '../../../domain/model';

export { FUNDING_INSTRUMENTS, type FundingInstrument } from '../../../domain/model';

/**
 * The machine-readable contract of ingestion: what `npm run ingest -- FILE --dry-run --json` prints and what
 * review stores. Others script against it (docs/INGESTION.md): add fields, never rename or remove them.
 */

export const PROPOSAL_KINDS = ['ACTOR', 'LOCATION', 'ALIAS', 'TIE', 'FUNDING', 'FIGURE'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

/** Where a proposal stands in review. */
export const PROPOSAL_STATUSES = ['PENDING', 'ACCEPTED', 'EDITED', 'REJECTED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** A thing the proposal names: its name as written, and the graph id it matched (null when new). */
export interface NamedRef {
  name: string;
  id: string | null;
}

/** The sentence a proposal rests on: its text and character offsets in the stored document text (end exclusive). */
export interface SentenceRef {
  text: string;
  start: number;
  end: number;
}

interface ProposalBase {
  /** Stable within a document: the same text read twice gives the same ids (a hash of kind, fields and offsets). */
  id: string;
  kind: ProposalKind;
  sentence: SentenceRef;
  /** 0..1: how sure the rules are (cue strength, link quality). */
  confidence: number;
}

export interface ActorProposal extends ProposalBase {
  kind: 'ACTOR';
  name: string;
  actorKind: ActorKind;
  place: NamedRef | null;
  /** 'new', or the id of the existing actor this name is. */
  match: string;
  /** Existing actors this new one might duplicate (folded-name or alias similarity), best first. */
  possibleDuplicates: NamedRef[];
}

export interface LocationProposal extends ProposalBase {
  kind: 'LOCATION';
  actor: NamedRef;
  place: NamedRef;
}

export interface AliasProposal extends ProposalBase {
  kind: 'ALIAS';
  actor: NamedRef;
  alias: string;
}

export interface TieProposal extends ProposalBase {
  kind: 'TIE';
  /** A curated tie type of domain/model.ts (FOUNDED, CARRIES, MEMBER_OF, PART_OF, PARTNERS_WITH, LABELLED, LEADS, ...). */
  tieKind: string;
  from: NamedRef;
  to: NamedRef;
  since: string | null;
}

export interface FundingProposal extends ProposalBase {
  kind: 'FUNDING';
  funder: NamedRef;
  recipients: NamedRef[];
  amountEur: number | null;
  qualifier: Qualifier;
  instrument: FundingInstrument | null;
  /** 2023, 2023-05 or 2023-05-14. */
  date: string | null;
  /** 2024-2028, or 2017- when open-ended. */
  period: string | null;
  programme: NamedRef | null;
}

export interface FigureProposal extends ProposalBase {
  kind: 'FIGURE';
  subject: NamedRef;
  metric: FigureMetric;
  value: number;
  qualifier: Qualifier;
  date: string | null;
}

export type Proposal = ActorProposal | LocationProposal | AliasProposal | TieProposal | FundingProposal | FigureProposal;

/** The document as ingestion describes it. */
export interface DocumentDescription {
  /** sha256 of the normalised text: the same text ingested twice is the same document. */
  id: string;
  url: string | null;
  title: string | null;
  publisher: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  published: string | null;
  language: 'fr' | 'en';
  /** Characters of the stored text. */
  length: number;
}

/** One JSON object printed by `--dry-run --json`. */
export interface IngestionResult {
  document: DocumentDescription;
  proposals: Proposal[];
}
