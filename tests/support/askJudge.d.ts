/** Types of askJudge.js (plain CommonJS, shared with scripts/askEval.js). */

export interface Row {
  q: string;
  family: string;
  status: 'ANSWERED' | 'PARTIAL' | 'NOT_UNDERSTOOD';
  /** null: no operation (not understood at all). Left out: any operation. */
  op?: string | null;
  subject?: string;
  target?: string;
  /** Ids that must be among the results (hits, actors, tied actors, partners, funders, recipients of a funder's money, path nodes). */
  has?: string[];
  /** Ids that must not be among the results. */
  hasNot?: string[];
  /** A word that must be in one of the `unapplied` phrases (PARTIAL). */
  unapplied?: string;
  /** Money figures that must come back (FUNDING with no funding recorded). */
  figures?: string[];
}

export interface Answer {
  status: string;
  unapplied: string[];
  interpretation: {
    operation: string | null;
    subject: { id: string } | null;
    target: { id: string } | null;
    notes: string[];
  };
  hits: { node: { id: string } }[] | null;
  actors: { id: string }[] | null;
  tied: { actor: { id: string } }[] | null;
  partners: { actor: { id: string } }[] | null;
  fundingByFunder: { group: { id: string } }[] | null;
  fundingByRecipient: { group: { id: string } }[] | null;
  paths: { nodes: { id: string }[] }[] | null;
  figures: { metric: string }[] | null;
}

export declare const ASK_QUERY: string;
export declare function resultIds(answer: Answer): Set<string>;
export declare function judgeAnswer(row: Row, answer: Answer): { received: Record<string, unknown>; expected: Record<string, unknown> };
export declare function differences(row: Row, answer: Answer): string[];
