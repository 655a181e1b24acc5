import { local, mentionAfter, sinceOf } from './clauses';
import type { FundingProposal } from './contract';
import { confidenceOf, refOf, sentenceRef } from './ids';
import type { Mention, SentenceView } from './mentions';
import { FUNDER_KINDS } from './money';

type FundingDraft = Omit<FundingProposal, 'id'>;

/**
 * A funding agreement with no amount: "La Région a renouvelé pour 2024 sa convention de financement avec X", "the Region
 * signed a funding agreement with X". The giver is a funder by kind and the sentence's first actor; the partner after
 * "avec / with" receives.
 */
const AGREEMENT =
  /\b(?:convention|accord|contrat|conventions|accords|contrats) (?:de financement|de subvention|pluriannuel(?:le)? de financement)\s+(?:(?:pour|en) \d{4}\s+)?(?:avec|with)\s+(?:l'|la |le |les )?(?:[a-z-]+\s+)?$|\bfunding (?:agreement|contract)\s+with\s+(?:the )?(?:[a-z-]+\s+)?$/;

export function agreementFundings(views: SentenceView[]): FundingDraft[] {
  const drafts: FundingDraft[] = [];
  for (const view of views) {
    if (view.reading.amounts.length > 0) continue;
    const funder = view.mentions.find((m) => m.target === 'ACTOR' && m.kind !== 'PERSON');
    if (!funder || !FUNDER_KINDS.has(funder.kind ?? '')) continue;
    const recipient = view.mentions.find(
      (m) =>
        m.target === 'ACTOR' &&
        m.kind !== 'PERSON' &&
        m.start > funder.end &&
        m.key !== funder.key &&
        AGREEMENT.test(view.folded.slice(Math.max(0, local(view, m.start) - 80), local(view, m.start))),
    );
    if (!recipient || mentionAfter(view, funder.end, 0, 'ACTOR') === recipient) continue;
    drafts.push({
      kind: 'FUNDING',
      funder: refOf(funder),
      recipients: [refOf(recipient)],
      amountEur: null,
      qualifier: 'EXACT',
      instrument: null,
      date: sinceOf(view.reading.dates),
      period: null,
      programme: null,
      sentence: sentenceRef(view),
      confidence: confidenceOf(0.5 * Math.min(funder.confidence, recipient.confidence) + 0.2),
    });
  }
  return drafts;
}

/** A line of a fact box: a bullet, or a short labelled line. */
const BOX_LINE = /^\s*[-•*–]\s/;

/**
 * A fact box repeats the body's money ("- 43 M€ State support" after "X received 43 M€ from the State"): a box line's
 * funding whose amount the body gives once, with one giver and a receiver it names, takes them from the body.
 */
export function boxFundingsFollowBody(drafts: FundingDraft[]): FundingDraft[] {
  // Only a body sentence that names its receiver: one read through a pronoun ("L'État y contribue") is less sure than the box.
  const body = drafts.filter(
    (d) => d.amountEur !== null && !BOX_LINE.test(d.sentence.text) && d.recipients.every((r) => d.sentence.text.includes(r.name)),
  );
  return drafts.map((draft) => {
    if (draft.amountEur === null || !BOX_LINE.test(draft.sentence.text)) return draft;
    const same = body.filter((b) => b.amountEur === draft.amountEur);
    const parties = new Set(same.map((b) => `${b.funder.name}|${b.recipients.map((r) => r.name).join('+')}`));
    if (parties.size !== 1) return draft;
    const model = same[0]!;
    return { ...draft, funder: model.funder, recipients: model.recipients };
  });
}

/** An investor entering a company's capital: "X est entré au capital de Y", "X entered Y's capital", "X entered the capital of Y". */
const ENTERED =
  /\b(?:est entree?|sont entree?s|entre|entrent|a fait son entree|fait son entree|entered|enters|has entered|joined)\s+(?:au capital (?:de|du|d')\s*(?:la |l'|le )?(?:[a-z-]+\s+)?$|(?:the )?capital of\s+(?:the )?$)|\b(?:entered|enters|has entered|joined)\s+$/;
/** Words of a round in the sentence: the amount is what the company raised. */
const ROUND_WORDS = /\b(?:levee|levees|tour de table|tour|augmentation de capital|round|fundraising|raise)\b/;

/**
 * "the fund X entered Y's capital during Y's first fundraising, a 6 M€ round", "X est entré au capital de Y lors d'une levée
 * de 6 M€": the investor and the company whose capital it entered (English possessive "Y's capital" too).
 */
export function capitalEntry(view: SentenceView): { investor: Mention; company: Mention } | undefined {
  const organisations = view.mentions.filter((m) => m.target === 'ACTOR' && m.kind !== 'PERSON');
  for (const company of organisations) {
    const before = view.folded.slice(Math.max(0, local(view, company.start) - 60), local(view, company.start));
    const possessive = /^\s*['’]s?\s+capital\b/.test(view.folded.slice(local(view, company.end), local(view, company.end) + 12));
    if (!ENTERED.test(before) || (/\b(?:entered|enters|has entered|joined)\s+$/.test(before) && !possessive)) continue;
    const investor = [...organisations].reverse().find((m) => m.end <= company.start - (before.length - ENTERED.exec(before)!.index));
    if (investor && investor.key !== company.key) return { investor, company };
  }
  return undefined;
}

/** The round a capital entry is part of, with its amount, as a funding of the investor to the company. */
export function capitalEntryFundings(views: SentenceView[]): FundingDraft[] {
  const drafts: FundingDraft[] = [];
  for (const view of views) {
    const entry = capitalEntry(view);
    const amount = view.reading.amounts[0];
    if (!entry || !amount || view.reading.amounts.length !== 1 || !ROUND_WORDS.test(view.folded)) continue;
    drafts.push({
      kind: 'FUNDING',
      funder: refOf(entry.investor),
      recipients: [refOf(entry.company)],
      amountEur: amount.amountEur,
      qualifier: amount.qualifier,
      instrument: 'EQUITY',
      date: sinceOf(view.reading.dates),
      period: null,
      programme: null,
      sentence: sentenceRef(view),
      confidence: confidenceOf(0.5 + 0.3 * Math.min(entry.investor.confidence, entry.company.confidence)),
    });
  }
  return drafts;
}
