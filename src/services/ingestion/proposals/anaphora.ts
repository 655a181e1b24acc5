import { matchesOf } from '../reading/spans';
import { local } from './clauses';
import type { Mention, SentenceView } from './mentions';
import { FUNDER_KINDS } from './money';
import { documentSubject } from './subject';

/** Kinds a noun standing for a company may refer to ("la société", "the firm"): a company, or a name of unknown kind. */
const COMPANY_KINDS = new Set(['COMPANY', '']);
/** Kinds a noun standing for a care institution may refer to ("l'établissement", "cet hôpital"). */
const CARE_KINDS = new Set(['UNIVERSITY_HOSPITAL', 'HOSPITAL', 'CANCER_CENTRE', 'HOSPITAL_UNIVERSITY_INSTITUTE', '']);
/** Kinds a noun standing for a collective body may refer to ("ce pôle", "le consortium", "cette structure"). */
const BODY_KINDS = new Set(['CLUSTER', 'COMPETITIVENESS_POLE', 'CONSORTIUM', 'EXCELLENCE_HUB', 'INCUBATOR', 'RESEARCH_ORGANISATION', '']);
/** Kinds a noun standing for a research body may refer to ("l'institut", "ce laboratoire", "the institute"). */
const RESEARCH_KINDS = new Set([
  'RESEARCH_ORGANISATION',
  'RESEARCH_UNIT',
  'HOSPITAL_UNIVERSITY_INSTITUTE',
  'CANCER_CENTRE',
  'EXCELLENCE_HUB',
  '',
]);

/** A determiner that points back ("la", "cette", "the", "this") and up to one adjective before the noun ("la jeune société"). */
const DETERMINER = String.raw`(?<![\p{L}'])(?:la|cette|l'|le|ce|cet|the|this|notre|our)\s*(?:(?:nouvel(?:le)?|jeune|petite|future|new|young)\s+)?`;
/**
 * Common nouns that stand for an organisation already named, over folded text, each with the kinds it may stand for;
 * an adjective may follow ("la biotech montpelliéraine"). A demonstrative ("ce", "cette", "this") is needed for the
 * nouns that also name things in general ("ce pôle", "cet institut"), a definite article is enough for companies.
 */
const NOUNS: { pattern: RegExp; kinds: Set<string> }[] = [
  {
    pattern: new RegExp(
      `${DETERMINER}(?:societe|entreprise|start-?up|startup|jeune pousse|biotech|medtech|pme|eti|groupe|filiale|multinationale|firme|company|firm|group)(?![\\p{L}-])`,
      'gu',
    ),
    kinds: COMPANY_KINDS,
  },
  {
    pattern:
      /(?<![\p{L}'])(?:(?:l'|cet|cette|this|the)\s*(?:etablissement|hopital|clinique|hospital|clinic)|(?:le|ce)\s+centre hospitalier)(?![\p{L}-])/gu,
    kinds: CARE_KINDS,
  },
  {
    pattern:
      /(?<![\p{L}'])(?:ce|cet|cette|this)\s*(?:(?:nouvel(?:le)?|jeune|new)\s+)?(?:pole|cluster|consortium|ecosysteme|reseau|structure|incubateur|accelerateur|technopole|plateforme|dispositif|association|groupement|site de recherche|batiment|ecosystem|network|hub|platform|building)(?![\p{L}-])/gu,
    kinds: BODY_KINDS,
  },
  {
    pattern: /(?<![\p{L}'])(?:cet|ce|this)\s*(?:institut|laboratoire|centre|institute|laboratory|lab|centre)(?![\p{L}-])/gu,
    kinds: RESEARCH_KINDS,
  },
];
/** A pronoun opening a sentence or its main clause after a fronted phrase ("Créée en 2015, elle …"). */
const PRONOUN =
  /^(?:[^,.;:]{0,80},\s*)?(?<pronoun>elle|il|it)\s(?!(?:y|n'y|faut|fallait|faudra|s'agit|s'agissait|reste|restait|suffit|semble|convient|manque|parait|est (?:possible|question|temps|vrai|clair|difficile|important|necessaire|prevu))\b)/;

/**
 * The views with each noun or pronoun that stands for an organisation named before resolved to it, as a mention at
 * those words (cue "anaphor"), so that the ties, places, money and figures stated of "la société", "ce pôle" or
 * "elle" are stated of that organisation: the topic the text carries (the subject of the last sentence that opened
 * with a name) when its kind fits, else the latest name of a fitting kind in the two sentences before, else what the
 * document is about. A noun followed by a name is that name's cue ("la société Exemplia"), not an anaphor.
 */
export function withAnaphora(views: SentenceView[]): SentenceView[] {
  const subject = documentSubject(views);
  let topic: Mention | undefined;
  let subjectNamed = false;
  return views.map((view, i) => {
    const recent = views.slice(Math.max(0, i - 2), i).flatMap((v) => v.mentions);
    const antecedent = (kinds: Set<string> | undefined): Mention | undefined => {
      const fits = (m: Mention | undefined) =>
        m !== undefined && m.target === 'ACTOR' && m.kind !== 'PERSON' && (!kinds || kinds.has(m.kind ?? ''));
      // "Elle" after a sentence about a person is that person.
      if (!kinds && topic?.kind === 'PERSON') return undefined;
      if (fits(topic)) return topic;
      // A name of the sentences before, of a kind the noun names (a name of unknown kind could be anything).
      const latest = [...recent].reverse().find((m) => fits(m) && m.kind && !FUNDER_KINDS.has(m.kind));
      if (latest) return latest;
      // What the document is about, once it has been named: a title's "la start-up" has nothing to refer to yet.
      return subjectNamed && fits(subject) ? subject : undefined;
    };
    const found: Mention[] = [];
    for (const noun of NOUNS)
      for (const match of matchesOf(noun.pattern, view.folded)) {
        // A demonstrative opening the sentence points at the last name of the sentence before ("X abrite Y. Ce laboratoire …" is Y).
        const pointed =
          /^(?:ce|cet|cette|this)\b/.test(match[0].trim()) && match.index === 0 ? lastNamed(views[i - 1], noun.kinds) : undefined;
        const referent = pointed ?? antecedent(noun.kinds);
        if (referent) found.push(at(view, referent, match.index, match[0].length));
      }
    const pronoun = PRONOUN.exec(view.folded);
    if (pronoun) {
      const start = pronoun.index + pronoun[0].length - pronoun.groups!.pronoun!.length - 1;
      const referent = antecedent(undefined);
      if (referent) found.push(at(view, referent, start, pronoun.groups!.pronoun!.length));
    }
    // Not at a name, not a name's cue, and not a name the sentence itself gives ("A, B et C s'associent pour fonder cet établissement").
    const anaphors = found.filter(
      (a) => !view.mentions.some((m) => (m.start < a.end + 1 && m.end > a.start) || m.key === a.key) && !namesNext(view, a),
    );
    const resolved =
      anaphors.length === 0 ? view : { ...view, mentions: [...view.mentions, ...anaphors].sort((a, b) => a.start - b.start) };
    topic = topicOf(resolved) ?? topic;
    subjectNamed ||= subject !== undefined && view.mentions.some((m) => m.key === subject.key);
    return resolved;
  });
}

/** The last organisation a sentence names, after its verb, when its kind is known to fit (not a funder, not a name of unknown kind). */
function lastNamed(view: SentenceView | undefined, kinds: Set<string>): Mention | undefined {
  const last = [...(view?.mentions ?? [])].reverse().find((m) => m.target === 'ACTOR' && m.kind !== 'PERSON');
  if (!view || !last || !kinds.has(last.kind ?? '') || FUNDER_KINDS.has(last.kind ?? '') || last.cue === 'anaphor') return undefined;
  // Only a name that closes the sentence, the object of its verb: "Le bâtiment abrite notamment Y."
  return /^[\s.!?»"”)]*$/.test(view.folded.slice(last.end - view.reading.sentence.start)) && topicOf(view)?.key !== last.key
    ? last
    : undefined;
}

/** The actor a sentence opens with, as its subject ("X a …", "La société … X", "Créée en 2015, X …"): the topic it carries on. */
function topicOf(view: SentenceView): Mention | undefined {
  const first = view.mentions.find((m) => m.target === 'ACTOR');
  // A headline's rubric ("Biotech : …", "Medtech : …") is a theme, not a subject.
  if (!first || /^\s*:/.test(view.folded.slice(local(view, first.end)))) return undefined;
  // Nothing but a determiner, a cue or a fronted phrase set off by a comma comes before it.
  const before = view.folded.slice(0, local(view, first.start));
  return /^(?:[^.;:]{0,200},\s*)?(?:[\p{L}'-]+\s*){0,4}$/u.test(before) &&
    !/\b(?:de|du|des|d'|par|avec|a|au|aux|pour|dans|chez|of|by|with|for)\s*(?:l'|la |le |les |the )?(?:[\p{L}-]+\s+){0,2}$/u.test(before)
    ? first
    : undefined;
}

/** The referent as a mention at some words of the sentence (offsets local to its text). */
function at(view: SentenceView, referent: Mention, localStart: number, length: number): Mention {
  const start = view.reading.sentence.start + localStart;
  return {
    ...referent,
    start,
    end: start + length,
    text: view.reading.sentence.text.slice(localStart, localStart + length),
    cue: 'anaphor',
    confidence: Math.min(referent.confidence, 0.7),
  };
}

/** A name follows the noun, after at most two lower-case words and no punctuation: the noun is that name's cue. */
function namesNext(view: SentenceView, anaphor: Mention): boolean {
  const next = view.mentions.find((m) => m.start >= anaphor.end);
  if (!next) return false;
  const gap = view.reading.sentence.text.slice(local(view, anaphor.end), local(view, next.start));
  // "le groupe présidé par X" names who leads it, not the group.
  return /^\s*(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap) && !/\b(?:par|by)\s+$/u.test(gap);
}
