import type { SlotName } from './grammar';
import type { Token } from './text';

/**
 * When a reading of the intent classifier (no exact shape) may not be answered as if sure (family 40): its confidence is
 * low, or the role it gives the named node is one the question's words do not allow (`qui l'a financé` asks who gave the
 * money, so the node named is no funder). Pure: the caller turns a doubt into PARTIAL or NOT_UNDERSTOOD, with a note.
 */

/**
 * Below this confidence a classifier's reading is said as a guess (PARTIAL), never ANSWERED. Chosen on every table
 * (development and held-out 1–23, `scripts/askConfidence.js`): the figures are in docs/ASK.md, family 40.
 */
export const CONFIDENT_READING = 0.3;

/** Money verbs, by the start of their folded forms (`financé`, `funds`, `soutient`, `backed`, `a aidé`). */
const MONEY_VERB = /^(financ|fund|soutien|soutient|soutenu|support|subvention|subsidi|aide|aid|back|invest|pai|pay|verse|sponsor)/u;
/** Words that may stand between `qui|who` and the money verb it is the subject of: object pronouns and auxiliaries of having. */
const BETWEEN_WHO_AND_VERB: ReadonlySet<string> = new Set([
  ...['l', 'le', 'la', 'les', 'lui', 'leur', 'a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'y'],
  ...['has', 'have', 'had', 'did', 'does', 'do'],
]);
/** Words of being that make an `-ing` form active (`who is funding`, `who's backing`), never a participle (`who was funded`). */
const BEING: ReadonlySet<string> = new Set(['is', 'are', 's', 'was', 'were', 'est']);
/** Words after a participle naming its agent (`financé par`, `funded by`): then `qui` is the one who received. */
const AGENT_WORDS: ReadonlySet<string> = new Set(['par', 'by']);
const WHO: ReadonlySet<string> = new Set(['qui', 'who']);

/**
 * True when the question asks who gave money: `qui|who` is the subject of a money verb in the active (`qui l'a financé`,
 * `qui a soutenu X`, `who funded it`, `who is backing X`), not of a passive (`qui a été financé par X`, `who was funded`).
 */
export function asksWhoGave(tokens: readonly Token[]): boolean {
  return (
    tokens.some((token, at) => {
      if (!WHO.has(token.folded)) return false;
      let next = at + 1;
      while (next < tokens.length && next - at <= 3 && BETWEEN_WHO_AND_VERB.has(tokens[next]!.folded)) next++;
      const verb = tokens[next]?.folded ?? '';
      if (!MONEY_VERB.test(verb) || AGENT_WORDS.has(tokens[next + 1]?.folded ?? '')) return false;
      return true;
    }) ||
    tokens.some(
      (token, at) =>
        WHO.has(token.folded) &&
        BEING.has(tokens[at + 1]?.folded ?? '') &&
        /^(fund|back|support|financ|invest)\w*ing$/u.test(tokens[at + 2]?.folded ?? ''),
    )
  );
}

/** Why a classifier's reading is not answered as sure; null when it may be. */
export type ClassifierDoubt = 'unsure' | 'roleNotSaid';

/**
 * The doubt over a classifier's reading: the node named read as the funder alone (slots `b`) while the question asks who
 * gave (`roleNotSaid`), else a confidence below CONFIDENT_READING (`unsure`); null when neither.
 */
export function classifierDoubt(
  reading: { slots: readonly SlotName[]; confidence: number },
  tokens: readonly Token[],
): ClassifierDoubt | null {
  if (reading.slots.join() === 'b' && asksWhoGave(tokens)) return 'roleNotSaid';
  if (reading.confidence < CONFIDENT_READING) return 'unsure';
  return null;
}
