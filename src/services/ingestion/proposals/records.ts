import { listFrom, local, mentionAfter } from './clauses';
import type { Mention, SentenceView } from './mentions';
import { FUNDER_KINDS } from './money';

/**
 * A block of short lines read as one record: a fact sheet ("Montant : 10 M€", "Investisseurs : A, B") or a bulleted
 * list ("- une subvention de 2 M€ versée à X ;"), with the line before it that introduces it ("La Région a soutenu le
 * projet :", "Key facts"). The lines say little by themselves; the header and the labels give them their roles.
 */
export interface MoneyRecord {
  /** The line that introduces the block, when there is one. */
  header?: SentenceView;
  lines: SentenceView[];
  /** Who the record is about: a "Société :" line, else a name the header opens with, else the document's subject. */
  subject?: Mention;
  /** Who gives, when the header says so ("La Région a accompagné le projet :"). */
  giver?: Mention;
  /** Investors the labels name ("Chef de file : A", "Autres investisseurs : B, C"). */
  investors: Mention[];
}

/** A line of a block: a bullet ("- …", "• …") or a short label and its value ("Montant : 3 M€"), never prose ending with a period. */
export function isRecordLine(view: SentenceView): boolean {
  const text = view.reading.sentence.text.trim();
  if (/^[-•*–]\s/u.test(text)) return true;
  return labelOf(view) !== undefined && !/[.!?]["»”]?$/u.test(text);
}

/** The label of a "Label : value" line, folded ("montant", "autres investisseurs"), or undefined; a bullet's dash is left out. */
export function labelOf(view: SentenceView): string | undefined {
  const label = /^\s*(?:[-•*–]\s+)?([^:;,.()]{1,40}?)\s*:\s+\S/u.exec(view.folded)?.[1];
  return label && label.split(/\s+/).length <= 5 ? label : undefined;
}

/** Labels whose line names the investors or funders of the record. */
const INVESTOR_LABEL =
  /^(?:chef de file|lead(?: investor)?|(?:autres |nouveaux |other |new )?(?:investisseurs?|investors?|financeurs?|funders?|actionnaires?|shareholders?|co-?financeurs?|co-?investisseurs?))$/;
/** Labels whose line names who the record is about. */
const SUBJECT_LABEL =
  /^(?:societe|entreprise|start-?up|beneficiaire|laureat|company|startup|recipient|beneficiary|name|company name|nom|raison sociale)$/;
/** A giver's verb right after the name that opens a header: "La Région a accompagné le projet :", "X backed the company:". */
const GIVES_IN_HEADER =
  /^\s*(?:,[^,]{0,60},\s*)?(?:a|ont|avait|has|have|had)?\s*(?:accompagne|soutenu|soutient|finance|cofinance|apporte|verse|accorde|attribue|investi|aide|supported|supports|backed|backs|funded|funds|granted|provided|invested)\b/;

/** The records of a document: runs of record lines with the line that introduces them. */
export function moneyRecords(views: SentenceView[], documentSubject: Mention | undefined): MoneyRecord[] {
  const records: MoneyRecord[] = [];
  let lines: SentenceView[] = [];
  const close = () => {
    if (lines.length > 0) records.push(recordOf(views[lines[0]!.index - 1], lines, documentSubject));
    lines = [];
  };
  for (const view of views) {
    if (isRecordLine(view) && (lines.length === 0 || lines[lines.length - 1]!.index === view.index - 1)) lines.push(view);
    else {
      close();
      if (isRecordLine(view)) lines.push(view);
    }
  }
  close();
  return records;
}

function recordOf(before: SentenceView | undefined, lines: SentenceView[], documentSubject: Mention | undefined): MoneyRecord {
  // The line before introduces the block when it ends with a colon or is a heading (no final period).
  const header = before && !isRecordLine(before) && !/[.!?]["»”]?\s*$/u.test(before.reading.sentence.text) ? before : undefined;
  const organisations = (view: SentenceView) => view.mentions.filter((m) => m.target === 'ACTOR' && m.kind !== 'PERSON');
  const giver = header && organisations(header).find((m) => GIVES_IN_HEADER.test(header.folded.slice(local(header, m.end))));
  const labelled = lines.find((line) => SUBJECT_LABEL.test(labelOf(line) ?? ''));
  const headerSubject = header && organisations(header).find((m) => m !== giver && !FUNDER_KINDS.has(m.kind ?? ''));
  const investors = lines.filter((line) => INVESTOR_LABEL.test(labelOf(line) ?? '')).flatMap(organisations);
  return {
    header,
    lines,
    subject: (labelled && organisations(labelled)[0]) ?? headerSubject ?? documentSubject,
    giver,
    investors,
  };
}

/**
 * Words of a giving participle before a name that make it who receives: "versée au CNRS", "accordé en mai à X", "granted
 * to X"; or an amount right before "à"/"au" ("une subvention de 2 M€ au CNRS", "un prêt de 1 M€ en juin à X").
 */
const RECIPIENT_SLOT =
  /\b(?:versee?s?|accordee?s?|attribuee?s?|octroyee?s?|allouee?s?|destinee?s?|apportee?s?|paid|granted|awarded|given|allocated)\s+(?:(?:en|in|fin|debut|mi-)\s+\S+\s+(?:\d{4}\s+)?)?(?:a|au|aux|to)\s+(?:l'|le |la |les |the )?(?:(?:societe|start-up|entreprise|company|firm|institut|laboratoire)\s+)?$|\b(?:au profit|en faveur) (?:de|du|des|d')\s*(?:l'|le |la |les )?$|(?:€|\beuros?|\bmillions?)\s+(?:(?:en|in|fin|debut|mi-)\s*\S+\s+(?:\d{4}\s+)?)?(?:a|au|aux)\s+(?:l'|le |la |les )?(?:(?:societe|start-up|entreprise|institut|laboratoire)\s+)?$/;

/** A name a giving participle hands money to ("une subvention versée au CNRS"): never its giver. */
export function inRecipientSlot(view: SentenceView, mention: Mention): boolean {
  return RECIPIENT_SLOT.test(view.folded.slice(Math.max(0, local(view, mention.start) - 50), local(view, mention.start)));
}

/** The names inside the parentheses right after an amount: "2018 round: €5 million (A, B, C)". */
export function bracketedAfter(view: SentenceView, amountEnd: number): Mention[] {
  const after = view.folded.slice(local(view, amountEnd));
  const open = /^\s*\(/.exec(after);
  if (!open) return [];
  const close = after.indexOf(')', open[0].length);
  const from = amountEnd + open[0].length;
  const to = close < 0 ? Infinity : amountEnd + close;
  return view.mentions.filter((m) => m.target === 'ACTOR' && m.kind !== 'PERSON' && m.start >= from && m.end <= to);
}

/** The givers a passive names after an amount, all of them: "50 M€, apportés par l'État, la Région et la Métropole". */
export function agentsAfter(view: SentenceView, amountEnd: number): Mention[] {
  const after = view.folded.slice(local(view, amountEnd));
  const agent =
    /^\s*,?\s*(?:[a-z-]+\s+){0,3}?(?:apportee?s?|versee?s?|accordee?s?|financee?s?|cofinancee?s?|octroyee?s?|provided|granted|funded|contributed)\s+(?:par|by)\s+/.exec(
      after,
    );
  if (!agent) return [];
  const first = mentionAfter(view, amountEnd + agent[0].length, 20, 'ACTOR');
  return first ? listFrom(view, first, 'ACTOR') : [];
}
