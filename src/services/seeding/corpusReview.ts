import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CORPUS_FOLDER, type SeedSet } from './readSeeds';

/**
 * The corpus review ledger (seeds/corpus/review/<folder>.yaml, written by scripts/reviewCorpus.js): for each summarised
 * document, what the ingestion pipeline proposed and what the curator decided, and the committed facts it did not
 * propose. Facts only: names, ids, amounts, never a sentence of the document.
 */

/** The folder of the ledger, under the seed folder. */
export const REVIEW_FOLDER = join(CORPUS_FOLDER, 'review');

/** What was decided about a proposal: the same fact is committed (MATCHED), it was added after review (ACCEPTED), refused (REJECTED), or not yet reviewed (NEW). */
export const REVIEW_DECISIONS = ['MATCHED', 'ACCEPTED', 'REJECTED', 'NEW'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** One proposal as the ledger keeps it: its kind, key fields, the decision and, for MATCHED/ACCEPTED, the committed fact. */
export interface LedgerProposal {
  kind: string;
  decision: ReviewDecision;
  fact?: string;
  /** For a MATCHED fact committed from another document: that document's source id. */
  citedBy?: string;
  reason?: string;
  [field: string]: unknown;
}

/** One document's review. */
export interface LedgerSource {
  source: string;
  proposals: LedgerProposal[];
  /** Committed facts citing the document that the pipeline did not propose (the curator's own reading). */
  missed: string[];
}

export interface ReviewLedger {
  pipeline: string;
  sources: LedgerSource[];
}

/** The key a committed fact has in the ledger: actor:ID, programme:ID, funding:ID, tie:TYPE:FROM:TO, figure:SUBJECT:METRIC:VALUE:DATE. */
export const factKey = {
  actor: (id: string) => `actor:${id}`,
  programme: (id: string) => `programme:${id}`,
  funding: (id: string) => `funding:${id}`,
  tie: (t: { type: string; from: string; to: string }) => `tie:${t.type}:${t.from}:${t.to}`,
  figure: (subject: string, f: { metric: string; value: number; date?: string | undefined }) =>
    `figure:${subject}:${f.metric}:${f.value}:${f.date ?? '-'}`,
};

/** Every committed fact, as ledger keys, by the source it cites (a fact citing two sources is under both). */
export function factsBySource(seeds: SeedSet): Map<string, Set<string>> {
  const sourceOf = new Map(seeds.sources.flatMap((s) => Object.keys(s.passages ?? {}).map((p) => [p, s.id] as const)));
  const facts = new Map<string, Set<string>>(seeds.sources.map((s) => [s.id, new Set<string>()]));
  const add = (key: string, cite: string[]) => {
    for (const passage of cite) {
      const source = sourceOf.get(passage);
      if (source) facts.get(source)!.add(key);
    }
  };
  for (const a of seeds.actors) {
    add(factKey.actor(a.id), a.cite);
    for (const f of a.figures) add(factKey.figure(a.id, f), f.cite);
  }
  for (const p of seeds.programmes) {
    add(factKey.programme(p.id), p.cite);
    for (const f of p.figures) add(factKey.figure(p.id, f), f.cite);
  }
  for (const f of seeds.fundings) add(factKey.funding(f.id), f.cite);
  for (const t of seeds.ties) add(factKey.tie(t), t.cite);
  return facts;
}

/** Reads every ledger file of the seed folder (none when the folder is absent). */
export function readReviewLedgers(seedDir: string): { file: string; ledger: ReviewLedger }[] {
  const dir = join(seedDir, REVIEW_FOLDER);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && f !== DECISIONS_FILE)
    .sort()
    .map((file) => ({ file, ledger: parse(readFileSync(join(dir, file), 'utf8')) as ReviewLedger }));
}

/** The curator's decisions the script applies (seeds/corpus/review/decisions.yaml): not a ledger. */
export const DECISIONS_FILE = 'decisions.yaml';

/** Fields of a ledger proposal that hold graph ids (the others hold names as written, amounts, dates). */
const ID_FIELDS = ['actor', 'place', 'from', 'to', 'funder', 'subject', 'recipients'] as const;

/**
 * What is wrong between the ledger and the seeds: a fact citing a SUMMARY source that its document's ledger does not
 * list as MATCHED, ACCEPTED or MISSED; a ledger entry naming a source, fact or id the seeds do not have.
 */
export function reviewLedgerProblems(seeds: SeedSet, ledgers: { file: string; ledger: ReviewLedger }[]): string[] {
  const problems: string[] = [];
  const facts = factsBySource(seeds);
  const summaries = new Set(seeds.sources.filter((s) => s.kind === 'SUMMARY').map((s) => s.id));
  const ids = new Set([
    ...seeds.actors.map((a) => a.id),
    ...seeds.places.map((p) => p.id),
    ...seeds.programmes.map((p) => p.id),
    ...seeds.domains.map((d) => d.id),
  ]);
  const reviewed = new Map<string, Set<string>>();
  for (const { file, ledger } of ledgers) {
    for (const entry of ledger.sources ?? []) {
      const own = facts.get(entry.source);
      if (!own || !summaries.has(entry.source)) {
        problems.push(`${file}: source ${entry.source} is not a SUMMARY source of the seeds`);
        continue;
      }
      if (reviewed.has(entry.source)) problems.push(`${file}: source ${entry.source} is reviewed twice`);
      const seen = reviewed.get(entry.source) ?? new Set<string>();
      reviewed.set(entry.source, seen);
      for (const p of entry.proposals ?? []) {
        if (!REVIEW_DECISIONS.includes(p.decision))
          problems.push(`${file}: ${entry.source}: decision ${String(p.decision)} is not one of ${REVIEW_DECISIONS}`);
        if (p.decision === 'REJECTED' && !p.reason)
          problems.push(`${file}: ${entry.source}: a REJECTED ${p.kind} proposal gives no reason`);
        if (p.decision === 'MATCHED' || p.decision === 'ACCEPTED') {
          const citing = p.citedBy === undefined ? own : facts.get(p.citedBy);
          if (!p.fact || !citing?.has(p.fact))
            problems.push(
              `${file}: ${entry.source}: ${p.decision} fact ${String(p.fact)} is not a fact citing ${p.citedBy ?? 'this source'}`,
            );
          else if (p.citedBy === undefined) seen.add(p.fact);
        }
        for (const field of ID_FIELDS) {
          const value = p[field];
          for (const id of Array.isArray(value) ? value : value === undefined ? [] : [value])
            if (typeof id !== 'string' || !ids.has(id))
              problems.push(`${file}: ${entry.source}: ${p.kind} ${field} ${String(id)} is no id of the seeds`);
        }
      }
      for (const key of entry.missed ?? []) {
        if (!own.has(key)) problems.push(`${file}: ${entry.source}: missed fact ${key} is not a fact citing this source`);
        seen.add(key);
      }
    }
  }
  for (const [source, keys] of facts)
    for (const key of summaries.has(source) ? keys : [])
      if (!reviewed.get(source)?.has(key))
        problems.push(`${source}: fact ${key} cites it but its review does not list it (run scripts/reviewCorpus.js)`);
  return problems;
}
