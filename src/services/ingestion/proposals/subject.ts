import type { Mention, SentenceView } from './mentions';
import { FUNDER_KINDS } from './money';

/**
 * What a document is about: the organisation it names most often (not a funder), the first named on a tie. A name
 * only the scorer read (a capitalised sequence, no cue) counts half: a cue's reading says more surely it is an organisation.
 * A noun standing for a name counts half too; a pronoun ("il", "elle") carries the story on and counts whole.
 */
export function documentSubject(views: SentenceView[]): Mention | undefined {
  const counts = new Map<string, { mention: Mention; n: number }>();
  for (const mention of views.flatMap((v) => v.mentions))
    if (mention.target === 'ACTOR' && mention.kind !== 'PERSON' && !FUNDER_KINDS.has(mention.kind ?? ''))
      counts.set(mention.key, {
        mention: counts.get(mention.key)?.mention ?? mention,
        n: (counts.get(mention.key)?.n ?? 0) + (mention.cue === 'sequence' || nounStandingFor(mention) ? 0.5 : 1),
      });
  let best: { mention: Mention; n: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best?.mention;
}

/** A noun that stands for a name ("le laboratoire agenais", "la société"), not a pronoun: it says less surely which one is meant. */
function nounStandingFor(mention: Mention): boolean {
  return (
    mention.cue === 'anaphor' && !/^(?:il|elle|it|celle-ci|celui-ci|cette derni[eè]re|ce dernier|the latter)$/iu.test(mention.text.trim())
  );
}
