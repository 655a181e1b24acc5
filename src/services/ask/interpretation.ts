import type {
  ActorRow,
  DomainRow,
  EntityRow,
  FigureRow,
  FundingRow,
  FundingTotalRow,
  PartnerSuggestionRow,
  PathRow,
  PlaceRow,
  ProgrammeRow,
  SearchHitRow,
  TiedActorRow,
} from '../../db/rows';
import type { ActorKind } from '../../domain/model';
import type { ASK_OPERATIONS, Lang } from '../../domain/vocabulary';

/** What a plain-words question is turned into, and what it answered: the rows behind AskResult. */

export type AskOperationName = (typeof ASK_OPERATIONS)[number];
export type AskRoleName = 'SUBJECT' | 'TARGET' | 'KIND' | 'DOMAIN' | 'PLACE' | 'PROGRAMME' | 'FUNDER' | 'QUESTION' | 'FILLER';

export interface AskReadingRow {
  text: string;
  role: AskRoleName;
  node?: EntityRow;
  kind?: ActorKind;
  corrected: boolean;
  /** Position of its first word, to list readings in question order. */
  position: number;
}

export interface AskAmbiguityRow {
  text: string;
  role: AskRoleName;
  candidates: EntityRow[];
}

export interface AskInterpretationRow {
  operation: AskOperationName | null;
  subject: EntityRow | null;
  target: EntityRow | null;
  kinds: ActorKind[];
  domains: DomainRow[];
  places: PlaceRow[];
  programmes: ProgrammeRow[];
  readings: AskReadingRow[];
  unplacedWords: string[];
  graphql: string | null;
  notes: string[];
}

/** ANSWERED: every word that restricts the meaning was applied; PARTIAL: some were not (listed); NOT_UNDERSTOOD. */
export type AskStatusName = 'ANSWERED' | 'PARTIAL' | 'NOT_UNDERSTOOD';

export interface AskResultRow {
  question: string;
  lang: Lang;
  status: AskStatusName;
  /** PARTIAL: the phrases of the question the answer does not apply, in words. */
  unapplied: string[];
  understood: boolean;
  interpretation: AskInterpretationRow;
  ambiguities: AskAmbiguityRow[];
  suggestions: string[];
  hits: SearchHitRow[] | null;
  actors: ActorRow[] | null;
  tied: TiedActorRow[] | null;
  paths: PathRow[] | null;
  funding: FundingRow[] | null;
  fundingByFunder: FundingTotalRow[] | null;
  fundingByRecipient: FundingTotalRow[] | null;
  fundingTotalEur: number | null;
  partners: PartnerSuggestionRow[] | null;
  /** FUNDING with no funding recorded: the node's own money figures (budget, investment). */
  figures: FigureRow[] | null;
}
