import { foldKeepingOffsets } from '../reading/dates';
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
/** Nouns of bodies that host, gather or do research (folded), for "la pépinière toulousaine", "the Nîmes-based lab". */
const BODY_WORDS = [
  ...['pepiniere', 'incubateur', 'accelerateur', 'plateforme', 'structure', 'pole', 'cluster', 'consortium', 'technopole'],
  ...[
    'institut',
    'laboratoire',
    'centre',
    'unite',
    'incubator',
    'accelerator',
    'platform',
    'institute',
    'laboratory',
    'lab',
    'center',
    'hub',
  ],
];
const BODY_NOUNS = `(?:${BODY_WORDS.join('|')})`;
/** The adjective of a town or a region (folded): "toulousaine", "montpellierain", "nimois", "gardoise", "parisien". */
const TOWN = `[a-z-]+(?:ais|aise|ain|aine|ois|oise|ien|ienne)s?`;
const TOWN_ADJECTIVE = new RegExp(String.raw`^(?:la|le|l')\s*${BODY_NOUNS}\s+${TOWN}$|-based\b`);
/**
 * Common nouns that stand for an organisation already named, over folded text, each with the kinds it may stand for;
 * an adjective may follow ("la biotech montpelliéraine"). A demonstrative ("ce", "cette", "this") is needed for the
 * nouns that also name things in general ("ce pôle", "cet institut"), a definite article is enough for companies.
 */
const NOUNS: { pattern: RegExp; kinds: Set<string> }[] = [
  {
    pattern: new RegExp(
      `${DETERMINER}(?:societe|entreprise|start-?up|startup|jeune pousse|biotech|medtech|pme|eti|groupe|filiale|multinationale|firme|company|firm|group|subsidiary)(?![\\p{L}-])`,
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
  {
    // The press names a body by a noun and the adjective of its town ("la pépinière toulousaine", "le laboratoire
    // montpelliérain", "the Toulouse-based incubator"): with that adjective a definite article is enough.
    pattern: new RegExp(
      `(?<![\\p{L}'])(?:(?:la|le|l')\\s*(?<body>${BODY_NOUNS})\\s+${TOWN}|the\\s+[a-z-]+-based\\s+(?<bodyEn>${BODY_NOUNS}))(?![\\p{L}-])`,
      'gu',
    ),
    kinds: new Set([...BODY_KINDS, ...RESEARCH_KINDS]),
  },
];
/**
 * A pronoun opening a sentence or its main clause: after a fronted phrase set off by commas ("Créée en 2015, elle …",
 * "Dans le cadre de X, son plan, il …") or a linking adverb ("Puis elle …", "At the same time it …").
 */
const PRONOUN =
  /^(?:[^,.;:]{0,80},\s*){0,2}(?:(?:puis|ensuite|depuis|aujourd'hui|desormais|enfin|then|since then|today|now|at the same time|meanwhile)\s+)?(?<pronoun>elle|il|it|celle-ci|celui-ci|cette derniere|ce dernier|the latter)\s(?!(?:y|n'y|faut|fallait|faudra|s'agit|s'agissait|reste|restait|suffit|semble|convient|manque|parait|est (?:possible|question|temps|vrai|clair|difficile|important|necessaire|prevu))\b)/;
/** The grammatical gender a French pronoun asks of its antecedent ("it" asks none). */
const PRONOUN_GENDER: Record<string, Gender> = {
  elle: 'F',
  'celle-ci': 'F',
  'cette derniere': 'F',
  il: 'M',
  'celui-ci': 'M',
  'ce dernier': 'M',
};
/** Pronouns that point first at the name the sentence before closes with ("… avec la start-up X. Celle-ci …"). */
const LATTER = new Set(['celle-ci', 'celui-ci', 'cette derniere', 'ce dernier', 'the latter']);
/** Of those, the ones that never stand for the topic ("ce dernier", "the latter": the one named last). */
const ONLY_LATTER = new Set(['cette derniere', 'ce dernier', 'the latter']);

type Gender = 'M' | 'F';
/** Gender of the French nouns that head organisations' names and cues (folded): "elle" cannot stand for "le CHU". */
const NOUN_GENDER = new Map<string, Gender>([
  ...[
    'societe',
    'entreprise',
    'start-up',
    'startup',
    'biotech',
    'medtech',
    'pme',
    'eti',
    'firme',
    'multinationale',
    'filiale',
    'plateforme',
    'structure',
    'association',
    'federation',
    'fondation',
    'agence',
    'technopole',
    'universite',
    'ecole',
    'clinique',
    'region',
    'metropole',
    'banque',
    'caisse',
    'pepiniere',
    'unite',
    'usine',
    'satt',
    'communaute',
    'chambre',
    'cci',
    'cma',
    'alliance',
    'maison',
    'cite',
    'direction',
    'mutuelle',
  ].map((noun): [string, Gender] => [noun, 'F']),
  ...[
    'groupe',
    'laboratoire',
    'laboratoires',
    'labo',
    'institut',
    'centre',
    'pole',
    'cluster',
    'consortium',
    'fonds',
    'incubateur',
    'accelerateur',
    'chu',
    'chru',
    'hopital',
    'etablissement',
    'reseau',
    'site',
    'campus',
    'etat',
    'departement',
    'ministere',
    'conseil',
    'cabinet',
    'gerontopole',
    'canceropole',
    'genopole',
    'oncopole',
    'ihu',
    'siric',
    'gip',
    'gie',
  ].map((noun): [string, Gender] => [noun, 'M']),
]);

/**
 * Head nouns an organisation's own name or cue carries ("Exemplia Technopole", "la SATT Exemplia", "le fonds Exemplia
 * Capital"): "la technopole", "la SATT", "le fonds" said later stand for the one organisation named so (folded).
 */
const HEAD_NOUN =
  /(?<![\p{L}'])(?:la|le|l'|cette|ce|cet|the|this)\s*(?:(?:nouvel(?:le)?|jeune|new|young)\s+)?(?<noun>technopole|satt|fonds|fund|pole|cluster|consortium|plateforme|platform|incubateur|incubator|accelerateur|accelerator|pepiniere|institut|institute|laboratoire|laboratory|agence|agency|fondation|foundation|federation|association|universite|university|ecole|school|reseau|network|campus|clinique|clinic|groupement|gerontopole|canceropole|genopole|alliance|mutuelle)(?![\p{L}-])(?!\s*(?:de|du|des|d'|of|,\s*(?:de|du|d')))/gu;

/**
 * The views with each noun or pronoun that stands for an organisation named before resolved to it, as a mention at
 * those words (cue "anaphor"), so that the ties, places, money and figures stated of "la société", "ce pôle" or
 * "elle" are stated of that organisation: a head noun of one organisation's own name or cue ("la technopole" after
 * "Exemplia Technopole") is that organisation; otherwise the topic the text carries (the subject of the last sentence
 * that opened with a name) when its kind fits (and, for "il" / "elle", its gender), else the latest name of a fitting
 * kind in the two sentences before, else what the document is about. A noun followed by a name is that name's cue
 * ("la société Exemplia"), not an anaphor.
 */
export function withAnaphora(views: SentenceView[]): SentenceView[] {
  const subject = documentSubject(views);
  const genders = gendersOf(views);
  const agrees = (m: Mention, gender: Gender | undefined) => !gender || !genders.has(m.key) || genders.get(m.key)!.has(gender);
  let topic: Mention | undefined;
  let subjectNamed = false;
  const acronyms = acronymsOf(views);
  return views.map((view, i) => {
    const recent = views.slice(Math.max(0, i - 2), i).flatMap((v) => v.mentions);
    const antecedent = (kinds: Set<string> | undefined, gender?: Gender): Mention | undefined => {
      const fits = (m: Mention | undefined): m is Mention =>
        m !== undefined && m.target === 'ACTOR' && m.kind !== 'PERSON' && (!kinds || kinds.has(m.kind ?? ''));
      // "Elle" after a sentence about a person is that person.
      if (!kinds && topic?.kind === 'PERSON') return undefined;
      if (fits(topic) && agrees(topic, gender)) return topic;
      // "Le CHU … se dote d'une plateforme, X. Elle …": the topic's gender rules it out; the one other organisation of
      // the sentence before that may be "elle" is meant (not a funder, as below), and none when there are several.
      if (fits(topic)) return onlyOther(views[i - 1], topic, (m) => fits(m) && !FUNDER_KINDS.has(m.kind ?? '') && agrees(m, gender));
      // A name of the sentences before, of a kind the noun names (a name of unknown kind could be anything).
      const latest = [...recent].reverse().find((m) => fits(m) && m.kind && !FUNDER_KINDS.has(m.kind) && agrees(m, gender));
      if (latest) return latest;
      // What the document is about, once it has been named: a title's "la start-up" has nothing to refer to yet.
      return subjectNamed && fits(subject) && agrees(subject, gender) ? subject : undefined;
    };
    const found: Mention[] = [];
    // A head noun one organisation named before carries in its name or cue, and no other: that organisation.
    const before = views
      .slice(0, i)
      .flatMap((v) => v.mentions.filter((m) => m.target === 'ACTOR' && m.kind !== 'PERSON' && m.cue !== 'anaphor'));
    const byHead: { start: number; end: number }[] = [];
    for (const match of matchesOf(HEAD_NOUN, view.folded)) {
      const carriers = new Map(before.filter((m) => carriesNoun(m, match.groups!.noun!)).map((m) => [m.key, m]));
      if (carriers.size !== 1) continue;
      found.push(at(view, [...carriers.values()][0]!, match.index, match[0].length));
      byHead.push({ start: match.index, end: match.index + match[0].length });
    }
    for (const noun of NOUNS)
      for (const match of matchesOf(noun.pattern, view.folded)) {
        if (byHead.some((h) => match.index < h.end && match.index + match[0].length > h.start)) continue;
        // A demonstrative opening the sentence points at the last name of the sentence before ("X abrite Y. Ce laboratoire …" is Y).
        const pointed =
          /^(?:ce|cet|cette|this)\b/.test(match[0].trim()) && match.index === 0 ? lastNamed(views[i - 1], noun.kinds) : undefined;
        const body = match.groups?.body ?? match.groups?.bodyEn;
        const referent = body ? describedBody(before, body, antecedent(noun.kinds)) : (pointed ?? antecedent(noun.kinds));
        if (referent) found.push(at(view, referent, match.index, match[0].length));
      }
    const pronoun = PRONOUN.exec(view.folded);
    if (pronoun) {
      const word = pronoun.groups!.pronoun!;
      const start = pronoun.index + pronoun[0].length - word.length - 1;
      const gender = PRONOUN_GENDER[word];
      // "celui-ci" points at the name the sentence before closes with, else, like "il", at the topic; "ce dernier" at that name only.
      const latter = LATTER.has(word) ? latterOf(views[i - 1], (m) => agrees(m, gender)) : undefined;
      const referent = latter ?? (ONLY_LATTER.has(word) ? undefined : antecedent(undefined, gender));
      if (referent) found.push(at(view, referent, start, word.length));
    }
    // "Le centre hospitalier universitaire" after "le CHU de X": an acronym named in the document, spelled out.
    for (const spelled of spelledOut(view, acronyms)) found.push(at(view, spelled.referent, spelled.start, spelled.length));
    // "L'équipe est dirigée par X", "The project is led by Y": a noun opening the sentence as the subject of a role's
    // passive stands for the organisation the sentence before is about. Not when a head noun or an acronym spelled out
    // (below) already reads these words.
    const described = DESCRIBED_PASSIVE.exec(view.folded);
    if (described && !found.some((f) => local(view, f.start) < described.groups!.np!.length)) {
      const referent = describedReferent(views[i - 1], described.groups!.noun!);
      if (referent) found.push(at(view, referent, 0, described.groups!.np!.length));
    }
    // Not at a name, not a name's cue, and not a name the sentence itself gives ("A, B et C s'associent pour fonder cet établissement").
    const anaphors = found.filter(
      (a) =>
        !view.mentions.some((m) => (m.start < a.end + 1 && m.end > a.start) || m.key === a.key) &&
        !namesNext(view, a) &&
        !inApposition(view, a),
    );
    const resolved =
      anaphors.length === 0 ? view : { ...view, mentions: [...view.mentions, ...anaphors].sort((a, b) => a.start - b.start) };
    topic = topicOf(resolved) ?? topic;
    subjectNamed ||= subject !== undefined && view.mentions.some((m) => m.key === subject.key);
    return resolved;
  });
}

/** The organisations a document names by an acronym of three letters or more ("SIRIC Exemple", "CHU de X"), by acronym; one each. */
function acronymsOf(views: SentenceView[]): Map<string, Mention> {
  const named = new Map<string, Mention | null>();
  for (const m of views.flatMap((v) => v.mentions)) {
    if (m.target !== 'ACTOR' || m.kind === 'PERSON' || m.cue === 'anaphor') continue;
    const acronym = /^\p{Lu}{3,8}(?![\p{L}\d'’-])/u.exec(m.name)?.[0];
    if (!acronym) continue;
    const seen = named.get(acronym);
    // Two organisations with one acronym ("CHU de A", "CHU de B"): the words spelled out could be either.
    named.set(acronym, seen === undefined || seen?.key === m.key ? m : null);
  }
  return new Map([...named].filter((e): e is [string, Mention] => e[1] !== null).map(([a, m]) => [a.toLowerCase(), m]));
}

/** Words an acronym skips ("Site de Recherche Intégrée sur le Cancer": SIRIC), folded. */
const ACRONYM_SKIPS = new Set([
  'de',
  'du',
  'des',
  'd',
  'l',
  'la',
  'le',
  'les',
  'sur',
  'et',
  'en',
  'pour',
  'a',
  'au',
  'aux',
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
]);
/** Verbs and clause words that end a noun phrase: "le centre est actif" spells no CEA. */
const ACRONYM_STOPS = new Set([
  'est',
  'sont',
  'ont',
  'etait',
  'sera',
  'qui',
  'que',
  'is',
  'are',
  'was',
  'has',
  'have',
  'will',
  'which',
  'that',
]);

/**
 * Noun phrases after an article whose words spell an acronym the document names, each word giving its first one to
 * three letters ("le site de recherche intégrée sur le cancer": SI-R-I-C), three words at least: that organisation.
 */
function spelledOut(view: SentenceView, acronyms: Map<string, Mention>): { referent: Mention; start: number; length: number }[] {
  if (acronyms.size === 0) return [];
  const words = [...view.folded.matchAll(/[a-z0-9]+/g)].map((w) => ({ text: w[0], start: w.index, end: w.index + w[0].length }));
  const found: { referent: Mention; start: number; length: number }[] = [];
  const spell = (letters: string, at: number, used: number): number | undefined => {
    if (letters === '') return used >= 3 ? at : undefined;
    const word = words[at];
    if (!word || ACRONYM_STOPS.has(word.text)) return undefined;
    if (ACRONYM_SKIPS.has(word.text)) return used > 0 ? spell(letters, at + 1, used) : undefined;
    for (let k = Math.min(3, letters.length, word.text.length); k >= 1; k--)
      if (word.text.startsWith(letters.slice(0, k))) {
        const end = spell(letters.slice(k), at + 1, used + 1);
        if (end !== undefined) return end;
      }
    return undefined;
  };
  for (let i = 0; i < words.length - 1; i++) {
    if (!/^(?:l|le|la|les|the|du|au|aux|ce|cet|cette|this)$/.test(words[i]!.text)) continue;
    for (const [acronym, referent] of acronyms) {
      const end = spell(acronym, i + 1, 0);
      if (end === undefined) continue;
      // Skipped words closing the phrase are not part of it.
      let close = end - 1;
      while (ACRONYM_SKIPS.has(words[close]!.text)) close--;
      found.push({ referent, start: words[i]!.start, length: words[close]!.end - words[i]!.start });
      break;
    }
  }
  return found;
}

/**
 * A noun opening a sentence as the subject of a passive that names who leads, carries or founds it: "L'équipe est
 * dirigée par X", "Le dossier est porté par Y", "The team is led by Z" (folded). Nouns that name something of an
 * organisation or the organisation itself, not a company's (NOUNS reads those) nor a site (a plant's own director).
 */
const DESCRIBED_PASSIVE =
  /^(?<np>(?:l'|le |la |the )\s*(?<noun>equipe|projet|dossier|structure|laboratoire|labo|unite|institut|centre|team|project|bid|lab|unit|institute|center)(?![\p{L}-]))[^,.;:()]{0,60}?\s(?:est|a ete|etait|avait ete|is|was|has been)\s+(?:(?:[a-z]+ment|notamment|aussi|also|jointly)\s+)?(?:dirigee?|presidee?|portee?|pilotee?|coordonnee?|emmenee?|cofondee?|fondee?|creee?|led|run|headed|chaired|carried|founded|coordinated|managed|spearheaded)\s+(?:par|by)\s/u;

/**
 * What such a noun stands for, among the organisations of the sentence before: the one that noun names there ("le
 * projet X", "X, a Montpellier laboratory" for "the lab"); else the agent of its passive ("mis au point par X"); else
 * the first that no preposition governs and no bracket glosses; else the only one it names. None when that sentence
 * names a programme first (the noun may be the programme) or no organisation.
 */
function describedReferent(previous: SentenceView | undefined, noun: string): Mention | undefined {
  if (!previous) return undefined;
  const organisations = previous.mentions.filter(
    (m) => m.target === 'ACTOR' && m.kind !== 'PERSON' && m.kind !== 'PUBLIC_AUTHORITY' && !FUNDER_KINDS.has(m.kind ?? ''),
  );
  const first = organisations[0];
  if (!first || previous.mentions.some((m) => m.target === 'PROGRAMME' && m.start < first.start)) return undefined;
  // The last preposition within a few words before the name governs it; "par" / "by" makes it the agent, no complement.
  const governed = (m: Mention) =>
    /(?:^|[\s'])(?:de|du|des|d|a|au|aux|avec|pour|dans|chez|sur|entre|of|with|for|at|in|to)\s*(?:l'|la |le |les |the )?(?:(?!par\s|by\s)[\p{L}-]+\s+){0,2}$/u.test(
      previous.folded.slice(Math.max(0, local(previous, m.start) - 30), local(previous, m.start)),
    );
  const before = (m: Mention, reach: number) =>
    previous.folded.slice(Math.max(0, local(previous, m.start) - reach), local(previous, m.start));
  // The noun's stem: "lab" names a laboratoire, a laboratory or a lab; "proj" a projet or a project.
  const stem = noun.slice(0, noun.startsWith('lab') ? 3 : 4);
  const namedSo = organisations.find(
    (m) =>
      new RegExp(`\\b${stem}[a-z]*\\s+(?:[a-z'-]+\\s+){0,2}$`).test(before(m, 40)) ||
      new RegExp(`^\\s*,\\s*(?:une?|an?|la|le|l'|the)\\s*(?:[^\\s,.;:]+\\s+){0,3}?${stem}`).test(
        previous.folded.slice(local(previous, m.end)),
      ),
  );
  if (namedSo) return namedSo;
  const agent = organisations.find((m) => /(?:^|\s)(?:par|by)\s+(?:l'|la |le |les |the )?$/.test(before(m, 20)));
  if (agent) return agent;
  const free = organisations.find((m) => !governed(m) && !/\(\s*$/.test(before(m, 3)));
  if (free) return free;
  return new Set(organisations.map((m) => m.key)).size === 1 ? first : undefined;
}

/** The one organisation of a sentence, other than the topic, that passes a test; none when there are several. */
function onlyOther(view: SentenceView | undefined, topic: Mention, passes: (m: Mention) => boolean): Mention | undefined {
  const others = new Map(
    (view?.mentions ?? []).filter((m) => m.key !== topic.key && m.cue !== 'anaphor' && passes(m)).map((m) => [m.key, m]),
  );
  return others.size === 1 ? [...others.values()][0] : undefined;
}

/**
 * What "la pépinière toulousaine" stands for: the one organisation named before whose name or cue carries the noun
 * ("the Nîmes-based incubator Biopark"), else the antecedent unless its name calls it a body of the other sort ("X Institute" is no incubator).
 */
function describedBody(before: Mention[], noun: string, antecedent: Mention | undefined): Mention | undefined {
  const carriers = new Map(before.filter((m) => carriesNoun(m, noun)).map((m) => [m.key, m]));
  if (carriers.size === 1) return [...carriers.values()][0];
  if (!antecedent) return undefined;
  const words = foldKeepingOffsets(antecedent.name).split(/\s+/);
  const clash = (a: string[], b: string[]) => a.includes(noun) && words.some((w) => b.includes(w));
  return clash(HOSTING_WORDS, RESEARCH_WORDS) || clash(RESEARCH_WORDS, HOSTING_WORDS) ? undefined : antecedent;
}
/** Nouns of bodies that host companies, and of bodies that do research: a name with one is not called by the other. */
const HOSTING_WORDS = ['pepiniere', 'incubateur', 'accelerateur', 'incubator', 'accelerator'];
const RESEARCH_WORDS = ['institut', 'laboratoire', 'unite', 'institute', 'laboratory', 'lab'];

/** The noun is a word of the organisation's name ("Exemplia Technopole") or of the cue it was read by ("la SATT Exemplia"). */
function carriesNoun(mention: Mention, noun: string): boolean {
  const words = `${foldKeepingOffsets(mention.name)} ${foldKeepingOffsets(mention.cue)}`.split(/\s+/);
  return words.includes(noun);
}

/**
 * The genders each organisation is named with, by key: the head noun of its cue ("la société d'…" F, "le groupe" M),
 * else the first word of its name ("CHU de …" M, "Université de …" F), else an article right before it ("le X", "la X").
 */
function gendersOf(views: SentenceView[]): Map<string, Set<Gender>> {
  const genders = new Map<string, Set<Gender>>();
  for (const view of views)
    for (const m of view.mentions) {
      if (m.target !== 'ACTOR' || m.kind === 'PERSON' || m.cue === 'anaphor') continue;
      const cueNoun = foldKeepingOffsets(m.cue)
        .split(/[\s']+/)
        .reverse()
        .find((w) => NOUN_GENDER.has(w));
      const nameNoun = foldKeepingOffsets(m.name).split(/[\s']+/)[0] ?? '';
      const article = /(?:^|\s)(la|le|du|au)\s+$/.exec(view.folded.slice(Math.max(0, local(view, m.start) - 4), local(view, m.start)));
      const gender =
        NOUN_GENDER.get(cueNoun ?? '') ?? NOUN_GENDER.get(nameNoun) ?? (article ? (article[1] === 'la' ? 'F' : 'M') : undefined);
      if (gender) genders.set(m.key, new Set([...(genders.get(m.key) ?? []), gender]));
    }
  return genders;
}

/** The organisation of a known kind that closes the sentence before, for "celui-ci", "cette dernière", "the latter". */
function latterOf(view: SentenceView | undefined, agrees: (m: Mention) => boolean): Mention | undefined {
  const last = [...(view?.mentions ?? [])].reverse()[0];
  if (!view || !last || last.target !== 'ACTOR' || !last.kind || last.kind === 'PERSON' || last.cue === 'anaphor' || !agrees(last))
    return undefined;
  return /^[\s.!?»"”)]*$/.test(view.folded.slice(last.end - view.reading.sentence.start)) ? last : undefined;
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
  // "The subsidiary is led by its director, X": a person named after "par" / "by" is the agent, not the topic.
  if (first.kind === 'PERSON' && /\b(?:par|by)\b/.test(before)) return undefined;
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
  // "la pépinière toulousaine Exemplia": after the town's adjective a name follows at once; "… héberge X" is a verb's object.
  if (TOWN_ADJECTIVE.test(view.folded.slice(local(view, anaphor.start), local(view, anaphor.end)))) return /^\s*$/u.test(gap);
  // "le groupe présidé par X" names who leads it, not the group.
  return /^\s*(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap) && !/\b(?:par|by)\s+$/u.test(gap);
}

/** A noun in apposition right after a name ("X, la société d'aménagement de …, a signé") describes that name: no anaphor. */
function inApposition(view: SentenceView, anaphor: Mention): boolean {
  // A pronoun after a comma is a clause's subject ("Chez X, elle …"); only a noun with its article is an apposition.
  if (!/^(?:la|le|l['’]|the|an?|une?)\s*\p{L}/iu.test(anaphor.text)) return false;
  const previous = [...view.mentions].reverse().find((m) => m.end <= anaphor.start && m.target === 'ACTOR' && m.kind !== 'PERSON');
  if (!previous || !/^\s*,\s*$/.test(view.reading.sentence.text.slice(local(view, previous.end), local(view, anaphor.start)))) return false;
  // An apposition closes with a comma ("X, la société …, a signé"); "Aujourd'hui, la société emploie …" has none.
  if (!/^[^.;:]{0,100},/.test(view.folded.slice(local(view, anaphor.end)))) return false;
  // A capitalised word alone opening the sentence is no sure name ("Aujourd'hui, la société …, qui …").
  if (previous.cue === 'sequence' && local(view, previous.start) === 0) return false;
  // "Dirigée par X, la PME …": a name governed by a preposition closes a fronted phrase; the noun is the clause's subject.
  return !/(?:^|[\s'])(?:par|by|de|du|des|d|a|au|aux|avec|with|pour|for|chez|selon)\s*(?:l'|la |le |les |the )?(?:[\p{L}-]+\s+){0,2}$/u.test(
    view.folded.slice(Math.max(0, local(view, previous.start) - 30), local(view, previous.start)),
  );
}
