import { matchesOf } from '../reading/spans';
import { local } from './clauses';
import type { Mention, SentenceView } from './mentions';
import { documentSubject } from './subject';

/**
 * Common nouns that stand for an organisation already named ("la société", "l'entreprise", "la start-up", "le
 * groupe", "cette filiale", "the company"), over folded text; an adjective may follow ("la biotech montpelliéraine").
 */
const NOUN =
  /(?<![\p{L}'])(?:la|cette|l'|le|ce|the|this)\s*(?:societe|entreprise|start-?up|startup|jeune pousse|biotech|medtech|pme|groupe|filiale|company|firm|group)(?![\p{L}-])/gu;
/** A pronoun opening a sentence or its main clause after a fronted phrase ("Créée en 2015, elle …"). */
const PRONOUN = /^(?:[^,.;:]{0,80},\s*)?(?<pronoun>elle|it)\s/;
/** Kinds a noun such as "la société" may stand for. */
const COMPANY_LIKE = new Set(['COMPANY', undefined, '']);

/**
 * The views with each noun or pronoun that stands for what the document is about resolved to it, as a mention
 * at those words (cue "anaphor"), so that the ties, places, money and figures stated of "la société" or "elle"
 * are stated of the company. A noun followed by a name is that name's cue ("la société Exemplia"), not an anaphor.
 */
export function withAnaphora(views: SentenceView[]): SentenceView[] {
  const subject = documentSubject(views);
  if (!subject || !COMPANY_LIKE.has(subject.kind)) return views;
  let named = false;
  return views.map((view) => {
    const found: Mention[] = [];
    // Only after the document has named its subject: a title's "la start-up" has nothing to refer to yet.
    if (named) {
      for (const match of matchesOf(NOUN, view.folded)) found.push(at(view, subject, match.index, match[0].length));
      const pronoun = PRONOUN.exec(view.folded);
      if (pronoun) {
        const start = pronoun.index + pronoun[0].length - pronoun.groups!.pronoun!.length - 1;
        found.push(at(view, subject, start, pronoun.groups!.pronoun!.length));
      }
    }
    named ||= view.mentions.some((m) => m.key === subject.key);
    const anaphors = found.filter((a) => !view.mentions.some((m) => m.start < a.end + 1 && m.end > a.start) && !namesNext(view, a));
    if (anaphors.length === 0) return view;
    return { ...view, mentions: [...view.mentions, ...anaphors].sort((a, b) => a.start - b.start) };
  });
}

/** The subject as a mention at some words of the sentence (offsets local to its text). */
function at(view: SentenceView, subject: Mention, localStart: number, length: number): Mention {
  const start = view.reading.sentence.start + localStart;
  return {
    ...subject,
    start,
    end: start + length,
    text: view.reading.sentence.text.slice(localStart, localStart + length),
    cue: 'anaphor',
    confidence: Math.min(subject.confidence, 0.7),
  };
}

/** A name follows the noun, after at most two lower-case words and no punctuation: the noun is that name's cue. */
function namesNext(view: SentenceView, anaphor: Mention): boolean {
  const next = view.mentions.find((m) => m.start >= anaphor.end);
  if (!next) return false;
  return /^\s*(?:[\p{Ll}-]+\s+){0,2}$/u.test(view.reading.sentence.text.slice(local(view, anaphor.end), local(view, next.start)));
}
