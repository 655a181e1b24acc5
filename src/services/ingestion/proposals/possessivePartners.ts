import type { TieType } from '../../../domain/model';
import { local, textBetween } from './clauses';
import type { Mention, SentenceView } from './mentions';

type AddTie = (kind: TieType, from: Mention, to: Mention, confidence: number) => void;

/** "X, son partenaire" / "X, its long-standing partner": the partner noun in an apposition right after a name. */
const PARTNER_AFTER = /^\s*,\s*(?:son|sa|leur|its|their)\s+(?:[a-z-]+\s+)?(?:partenaire|partner)\b(?!s)/;
/** "son partenaire industriel X", "its partner X": the partner noun right before a name. */
const PARTNER_BEFORE =
  /(?:^|\s)(?:son|sa|leur|its|their)\s+(?:[a-z-]+\s+)?(?:partenaire|partner)(?:\s+(?!de\b|du\b|des\b|of\b)[a-z-]+)?\s*,?\s*(?:l'|le |la |les |the )?$/;

/**
 * "… souscrit par le laboratoire Y, son partenaire", "its partner Y": Y is a partner of whom "son" stands for, the
 * sentence's subject (the first organisation no preposition governs, not Y), else what the document is about.
 */
export function possessivePartners(view: SentenceView, subject: Mention | undefined, add: AddTie): void {
  for (const named of view.mentions) {
    if (named.target !== 'ACTOR' || named.kind === 'PERSON') continue;
    const after = PARTNER_AFTER.test(view.folded.slice(local(view, named.end)));
    const before = PARTNER_BEFORE.test(view.folded.slice(Math.max(0, local(view, named.start) - 50), local(view, named.start)));
    if (!after && !before) continue;
    const owner = sentenceSubject(view, named) ?? subject;
    // "Jeanne Exemple et son partenaire Y": a person's partner is no organisation's.
    if (!owner || owner.kind === 'PERSON' || owner.key === named.key) continue;
    add('PARTNERS_WITH', owner, named, 0.6);
  }
}

/** The sentence's first organisation before `named` that no preposition governs, when it opens the sentence's clause. */
function sentenceSubject(view: SentenceView, named: Mention): Mention | undefined {
  const first = view.mentions.find((m) => m.target === 'ACTOR' && m.start < named.start && m.key !== named.key);
  if (!first) return undefined;
  // Only a name at the start of the sentence (after a fronted phrase at most) is its subject.
  return /^(?:[^,.;:]{0,40},\s*)?(?:l'|le |la |les |the )?(?:[a-z-]+\s+){0,3}$/.test(
    textBetween(view, view.reading.sentence.start, first.start),
  )
    ? first
    : undefined;
}
