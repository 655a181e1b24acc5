import type { IntentClass } from './intent';
import type { Token } from './text';

/**
 * When a reading of the intent classifier (no exact shape) may not be answered (family 40): it gives the node named a role
 * the question's words deny. `qui l'a financé`, `who bought it`: `qui|who` is the one who acted, so the node named is what
 * was acted on, never the funder, the buyer or the investor. Pure: the caller answers NOT_UNDERSTOOD, with a note.
 * No confidence floor above the model's own: over every table the classifier's ANSWERED readings were right 68 times out of
 * 69 whatever their confidence (docs/ASK.md, family 40), so a floor would have taken more right answers than wrong ones.
 */

/** Money verbs, by the start of their folded forms (`financé`, `funds`, `soutenu`, `backed`, `a aidé`). */
const MONEY_VERB = /^(financ|fund|soutien|soutient|soutenu|support|subvention|subsidi|aide|aid|back|pai|pay|verse|sponsor)/u;
/** Verbs of taking over, investing or labelling: their subject is the buyer, the investor, the labeller. */
const HOLDER_VERB = /^(rachet|achet|repri|repren|acqui|acquir|bought|buy|invest|label)/u;
/** Words that may stand between `qui|who` and the verb it is the subject of: object pronouns and auxiliaries of having. */
const BETWEEN_WHO_AND_VERB: ReadonlySet<string> = new Set([
  ...['l', 'le', 'la', 'les', 'lui', 'leur', 'y', 'en', 'a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait'],
  ...['has', 'have', 'had', 'did', 'does', 'do'],
]);
/** Words of being before an `-ing` form (`who is funding`, `who's backing`): active, unlike a participle (`who was funded`). */
const BEING: ReadonlySet<string> = new Set(['is', 'are', 's', 'was', 'were']);
/** Words after a participle naming its agent (`financé par`, `funded by`): then `qui` is the one acted on. */
const AGENT_WORDS: ReadonlySet<string> = new Set(['par', 'by']);
const WHO: ReadonlySet<string> = new Set(['qui', 'who']);

/**
 * True when `qui|who` is the subject of a verb of the kind given, in the active (`qui l'a financé`, `qui a racheté X`, `who
 * funded it`, `who is backing X`), not of a passive (`qui a été financé par X`, `who was funded`) nor its object (`qui X a
 * aidé`, `who did X fund`).
 */
export function whoDid(tokens: readonly Token[], verb: RegExp): boolean {
  return tokens.some((token, at) => {
    if (!WHO.has(token.folded)) return false;
    if (BEING.has(tokens[at + 1]?.folded ?? '')) return verb.test(tokens[at + 2]?.folded ?? '') && /ing$/u.test(tokens[at + 2]!.folded);
    let next = at + 1;
    while (next < tokens.length && next - at <= 3 && BETWEEN_WHO_AND_VERB.has(tokens[next]!.folded)) next++;
    return verb.test(tokens[next]?.folded ?? '') && !AGENT_WORDS.has(tokens[next + 1]?.folded ?? '');
  });
}

/** True when the question asks who gave money (`qui l'a financée`, `who backs it`). */
export const asksWhoGave = (tokens: readonly Token[]): boolean => whoDid(tokens, MONEY_VERB);

/** Why a classifier's reading is not answered: the role it gives the node named is one the words deny. */
export type ClassifierDoubt = 'roleNotSaid';

/**
 * The doubt over a classifier's reading: the node named read as the funder alone (slots `b`) while the question asks who
 * gave, or as the holder of a takeover, a stake or a label (direction OUT) while it asks who took, invested or labelled;
 * null when the words allow the reading.
 */
export function classifierDoubt(
  intent: Pick<IntentClass, 'slots' | 'ties' | 'direction'>,
  tokens: readonly Token[],
): ClassifierDoubt | null {
  if (intent.slots.join() === 'b' && asksWhoGave(tokens)) return 'roleNotSaid';
  const holderTies = (intent.ties ?? []).some((tie) => ['TOOK_OVER', 'HOLDS_SHARES_IN', 'LABELLED'].includes(tie));
  if (intent.direction === 'OUT' && holderTies && (whoDid(tokens, HOLDER_VERB) || asksWhoGave(tokens))) return 'roleNotSaid';
  return null;
}
