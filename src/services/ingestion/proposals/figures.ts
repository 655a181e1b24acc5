import type { FigureMetric } from '../../../domain/model';
import { local, mentionAfter, mentionBefore, sinceOf, textBetween } from './clauses';
import type { FigureProposal } from './contract';
import { confidenceOf, refOf, sentenceRef } from './ids';
import type { Mention, SentenceView } from './mentions';
import { amountUse, complementOfOpening, FUNDER_KINDS } from './money';
import { capitalEntry } from './fundingAgreements';
import { parseNumber } from '../reading/numbers';
import { moneyRecords } from './records';
import { documentSubject } from './subject';

type FigureDraft = Omit<FigureProposal, 'id'>;

/** A heading that announces figures of its subject: "La filière Santé d'Occitanie en chiffres", "Key figures". */
const FIGURES_HEADING = /\ben chiffres\b|\bchiffres[- ]cles\b|\bin (?:figures|numbers)\b|\bkey figures\b|\bat a glance\b/;
/** A clause opened before its subject: "Avec 5 000 emplois, la filière …", "Forte de 60 emplois, elle …", "Soutenu par X, Y …". */
const FRONTED = /^(?:avec|forte?s? de|riche de|fort de|soutenue?s? par|financee?s? par|creee? en|fondee? en|grace a|with|backed by)\b/;
/** Words before a number in its clause that make it a target: "vise la formation de 1 000 diplômés". */
const TARGET_CUE =
  /\b(?:vise|visent|viser|objectif|ambition|ambitionne|souhaite|prevoit|compte|d'ici|s'appret\w*|esper\w*|cible|ciblent|aims?|targets?|plans? to|expects?|is about to)\b/;

/** Figures each sentence gives of an actor or programme: counts (jobs, researchers, companies…) and amounts that are not money given. */
export function figureProposals(views: SentenceView[]): FigureDraft[] {
  const drafts: FigureDraft[] = [];
  let sectionSubject: Mention | undefined;
  let lastSubject: Mention | undefined;
  const aboutDocument = documentSubject(views);
  // The lines of a record ("Key facts", "- Employees: 20") are figures of who the record is about.
  const recordSubjects = new Map(
    moneyRecords(views, aboutDocument).flatMap((record) => record.lines.map((line) => [line.index, record.subject] as const)),
  );
  for (const view of views) {
    if (FIGURES_HEADING.test(view.folded)) {
      sectionSubject = view.mentions.find((m) => m.target === 'ACTOR') ?? view.mentions[0];
      continue;
    }
    // A figures section is the lines after its heading that open with a number.
    if (sectionSubject && !/^\d/.test(view.folded)) sectionSubject = undefined;
    const subjectHere = mainSubject(view, lastSubject) ?? recordSubjects.get(view.index);
    // "Ce projet … 40 emplois": figures read through a noun that stands for the subject before are less sure.
    const throughNoun = lastSubject !== undefined && PROJECT_OPENING.test(view.folded) && subjectHere === lastSubject;
    const respective = respectiveOwners(view, views[view.index - 1]);
    const add = (metric: FigureMetric, value: number, qualifier: FigureDraft['qualifier'], at: number) => {
      // "A et B ont levé respectivement 35 M€ et 53 M€": the n-th number is the n-th name's.
      const own = respective.get(at);
      if (own === null) return;
      if (own) {
        drafts.push({
          kind: 'FIGURE',
          subject: refOf(own),
          metric,
          value,
          qualifier,
          date: sinceOf(view.reading.dates),
          sentence: sentenceRef(view),
          confidence: confidenceOf(0.5 + 0.3 * own.confidence),
        });
        return;
      }
      // "quatre start-up citées : A, B, C et D": a count of the names listed after it is no one's figure.
      if (enumerationCount(view, at)) return;
      // "180 personnes travaillent sur le site de X", "- 50 salariés chez X": the staff of the workplace named.
      const workplace = metric === 'EMPLOYEES' ? workplaceAfter(view, at) : undefined;
      if (workplace) {
        drafts.push({
          kind: 'FIGURE',
          subject: refOf(workplace),
          metric,
          value,
          qualifier,
          date: sinceOf(view.reading.dates),
          sentence: sentenceRef(view),
          confidence: confidenceOf(0.5 + 0.3 * workplace.confidence),
        });
        return;
      }
      // "pour un total de 20 M€", "Ces projets … 180 emplois": a total over several actors is no one actor's figure.
      if (!sectionSubject && overSeveral(view, views[view.index - 1], at)) return;
      const read = sectionSubject ?? subjectFor(view, at, subjectHere);
      // "Cette spin-off du CNRS espère lever 2 M€": the sentence speaks of what it refers back to, not of the CNRS.
      const named = organisationOf(view, read && complementOfOpening(view, read) ? (lastSubject ?? aboutDocument) : read);
      // "dans le quartier de l'Oncopole, cette entité va investir": a body named as a place is where, not whose figure.
      const found =
        named && usedAsPlace(view, named) ? (aboutDocument && !usedAsPlace(view, aboutDocument) ? aboutDocument : undefined) : named;
      // "sept start-up y sont hébergées : A, B": the names listed after a colon are what is counted, not whose figure it is.
      const listed = found !== undefined && found.start > at && textBetween(view, at, found.start).includes(':');
      // "la levée de fonds de 8 M€ de la start-up X": the raise named after its amount is X's, whoever the sentence opens with.
      // "X est entré au capital de Y lors d'une levée de 6 M€": the company whose capital it is raised the money.
      const raiser = metric === 'FUNDS_RAISED_EUR' ? (raiserAfter(view, at) ?? capitalEntry(view)?.company) : undefined;
      const owner = raiser ?? ownerOf({ view, at, metric, found: listed ? (aboutDocument ?? lastSubject) : found, aboutDocument });
      // "la Région soutient le projet de X, qui créera 50 emplois": the jobs of a funded project are not the funder's.
      const subject = owner && fundsWhatItCounts(view, owner, metric) ? fundedActor(view, owner) : owner;
      if (!subject) return;
      // "A, B et C, mais aussi trois start-up venues de Lyon": young companies counted in a sentence are no company's own figure
      // (a fact sheet's "- 14 start-up accélérées" is its subject's, whatever its kind was read as).
      if (
        metric === 'COMPANIES' &&
        (subject.kind ?? 'COMPANY') === 'COMPANY' &&
        startupsCounted(view, at) &&
        !sectionSubject &&
        !recordSubjects.has(view.index)
      )
        return;
      const target = TARGET_CUE.test(view.folded.slice(0, local(view, at)));
      drafts.push({
        kind: 'FIGURE',
        subject: refOf(subject),
        metric,
        value,
        qualifier: target && qualifier === 'EXACT' ? 'TARGET' : qualifier,
        date: sinceOf(view.reading.dates),
        sentence: sentenceRef(view),
        confidence: confidenceOf(sectionSubject ? 0.8 : 0.5 + 0.3 * subject.confidence - (throughNoun ? 0.1 : 0)),
      });
    };
    for (const count of view.reading.counts) {
      // "passés de 120 salariés à 150 salariés", "grew from 40 employees to 65": the value before a change is no longer true.
      if (valueBeforeChange(view, count)) continue;
      // "passés de 208 salariés à 274": the value after "à" with no noun of its own is the count's new value.
      const value = valueAfterChange(view, count) ?? count.value;
      const created =
        /\b(?:creation|creations|creer|naissance|lancement) (?:de|d'|a)\s*$|\ba l'origine (?:de|d')\s*$/.test(
          view.folded.slice(0, local(view, count.start)),
        ) || CREATED_AFTER.test(view.folded.slice(local(view, count.end), local(view, count.end) + 40));
      if (
        count.value > 1900 &&
        count.value < 2100 &&
        Number.isInteger(count.value) &&
        count.metric !== 'EMPLOYEES' &&
        count.metric !== 'JOBS'
      )
        continue;
      add(created && count.metric === 'COMPANIES' ? 'NEW_COMPANIES' : count.metric, value, count.qualifier, count.start);
    }
    for (const amount of view.reading.amounts) {
      const use = amountUse(view, amount);
      if (use.use === 'FIGURE') add(use.metric, amount.amountEur, amount.qualifier, amount.start);
    }
    lastSubject = subjectHere ?? lastSubject;
  }
  return dedupe(drafts);
}

/** A verb of change, then "de" / "from" right before a number: "est passé de", "sont passés de", "grew from", "rose from". */
const CHANGE_FROM =
  /\b(?:passee?s?|evolue|progresse|augmente|diminue|baisse|grimpe|grew|rose|increased|decreased|fell|went|jumped|climbed|dropped|risen|grown)\s+(?:(?:de|d'|from)\s*)$/;

/** The first value of "de N X à M X" / "from N X to M X" after a verb of change, when the second is a count of the same metric. */
function valueBeforeChange(view: SentenceView, count: SentenceView['reading']['counts'][number]): boolean {
  if (!CHANGE_FROM.test(view.folded.slice(Math.max(0, local(view, count.start) - 40), local(view, count.start)))) return false;
  const next = view.reading.counts.find((c) => c.start >= count.end && c.metric === count.metric);
  return next !== undefined && /^\s*(?:a|to)\s*$/.test(textBetween(view, count.end, next.start));
}

/** "de 208 salariés à 274" after a verb of change: the bare number after "à" / "to", else undefined. */
function valueAfterChange(view: SentenceView, count: SentenceView['reading']['counts'][number]): number | undefined {
  if (!CHANGE_FROM.test(view.folded.slice(Math.max(0, local(view, count.start) - 40), local(view, count.start)))) return undefined;
  const after =
    /^\s*(?:a|to)\s+(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})*|\d+)(?![\d,.]*\s*(?:%|€|\$|m\b|k\b|md|mds|millions?|milliards?|billions?|euros?))/.exec(
      view.folded.slice(local(view, count.end)),
    );
  return after ? parseNumber(after[1]!) : undefined;
}

/** Words after a count that announce the list of what it counts: "quatre start-up citées :", "the following three firms:". */
const ENUMERATION_AFTER =
  /^\s*(?:[\p{L}-]+\s+){0,4}?(?:citee?s|cites|mentionnee?s|nommee?s|suivante?s|listee?s|retenue?s|cited|named|listed|mentioned)\s*:/u;

/** True when the count at `at` only counts the names listed after its colon. */
function enumerationCount(view: SentenceView, at: number): boolean {
  const count = view.reading.counts.find((c) => c.start === at);
  return count !== undefined && ENUMERATION_AFTER.test(view.folded.slice(local(view, count.end)));
}

/** Words after a count of people that say where they work: "travaillent sur le site de", "work at", "chez". */
const WORKPLACE_AFTER =
  /^\s*(?:(?:travaillent|travaillaient|oeuvrent|sont employees|work|worked|are employed)\s+)?(?:sur le site (?:de|du|d')|dans les locaux (?:de|du|d')|au sein (?:de|du|d')|chez|at the site of|at)\s*(?:la |le |l'|the )?$/;

/** The organisation a count of people works at, named right after the cue ("180 personnes travaillent sur le site de l'IRMB"). */
function workplaceAfter(view: SentenceView, at: number): Mention | undefined {
  const count = view.reading.counts.find((c) => c.start === at);
  if (!count) return undefined;
  const next = mentionAfter(view, count.end, 60, 'ACTOR');
  if (!next || next.kind === 'PERSON') return undefined;
  return WORKPLACE_AFTER.test(view.folded.slice(local(view, count.end), local(view, next.start))) ? next : undefined;
}

/** True when the count at `at` counts young companies ("trois start-up", "5 jeunes pousses"). */
function startupsCounted(view: SentenceView, at: number): boolean {
  const count = view.reading.counts.find((c) => c.start === at);
  return count !== undefined && /^(?:start-?ups?|startups|jeunes pousses)$/iu.test(count.noun);
}

/** Words right after a count of companies that make them new ones: "20 start-ups créées", "sept start-up ont été créées", "12 companies founded". */
const CREATED_AFTER =
  /^\s*(?:(?:ont|a) (?:ete )?|sont |have been |were )?(?:creees?|fondees?|essaimees?|nees|lancees|created|founded|spun (?:off|out))\b/;

/** Words right before a count that make it the staff of what the text is about: "et ses 35 salariés", "its 40 employees". */
const POSSESSIVE = /\b(?:ses|leurs|its|their)\s+(?:\S+\s+)?$/;

/**
 * Corrects whose figure a number is: money raised is never the figure of an investor named after it ("a réuni 5 M€
 * auprès du fonds X"), and "ses 35 salariés" after a person with no organisation, or an investment in a sentence naming
 * no one, are those of what the document is about.
 */
function ownerOf({
  view,
  at,
  metric,
  found,
  aboutDocument,
}: {
  view: SentenceView;
  at: number;
  metric: FigureMetric;
  found: Mention | undefined;
  aboutDocument: Mention | undefined;
}): Mention | undefined {
  if (metric === 'FUNDS_RAISED_EUR' && found && found.start > at) return aboutDocument ?? found;
  if (!found && POSSESSIVE.test(view.folded.slice(0, local(view, at)))) return aboutDocument;
  // "Le projet représente un investissement de 7 M€": money spent in a sentence that names no one is the document subject's.
  if (!found && metric === 'INVESTMENT_EUR' && !view.mentions.some((m) => m.target === 'ACTOR')) return aboutDocument;
  return found;
}

/**
 * "A et B ont levé respectivement 35 M€ et 53 M€", "Ces deux sociétés ont levé respectivement …" after a sentence naming
 * A and B: the owner of each number after "respectivement", by rank, when names and numbers are as many (else none).
 */
function respectiveOwners(view: SentenceView, previous: SentenceView | undefined): Map<number, Mention | null> {
  const owners = new Map<number, Mention | null>();
  const cue = /\b(?:respectivement|respectively)\b/.exec(view.folded);
  if (!cue) return owners;
  const cueAt = view.reading.sentence.start + cue.index;
  const numbers = [...view.reading.amounts, ...view.reading.counts].filter((n) => n.start > cueAt).sort((a, b) => a.start - b.start);
  const organisations = (mentions: Mention[]) =>
    mentions.filter((m, i) => m.target === 'ACTOR' && m.kind !== 'PERSON' && mentions.findIndex((o) => o.key === m.key) === i);
  const here = organisations(view.mentions.filter((m) => m.end <= cueAt));
  const named =
    here.length >= 2
      ? here.slice(-numbers.length)
      : here.length === 0 && previous
        ? organisations(previous.mentions).slice(-numbers.length)
        : [];
  // Numbers whose owners are not read one by one are no one's: never all of them to one name.
  const paired = numbers.length >= 2 && named.length === numbers.length;
  numbers.forEach((n, i) => owners.set(n.start, paired ? named[i]! : null));
  return owners;
}

/** Words before a number that make it a total over several: "pour un total de", "au total", "à l'échelle de la région". */
const TOTAL_BEFORE =
  /\b(?:un total de|au total|au cumul|en tout|a l'echelle (?:de|du|des|d')\s*\S+(?:\s+\S+)?|in total|a total of)\s+(?:\S+\s+){0,3}$/;
/**
 * A clause opened by several funded things: "Ces projets", "Ces premiers lauréats" (an incubator's "entreprises suivies"
 * are its own portfolio, whose figures the press gives it).
 */
const SEVERAL_OPENING =
  /^(?:ces|les|these|the)\s+(?:\S+\s+)?(?:projets|dispositifs|laureats|investissements|operations|projects|winners)\b/;

/**
 * A number stated of several actors at once: a total, or in a sentence whose subject is a plural ("Ces projets"), or a
 * plural pronoun standing for the one the sentence before opens with ("Ces projets … Ils permettront 180 emplois").
 */
function overSeveral(view: SentenceView, previous: SentenceView | undefined, at: number): boolean {
  const before = view.folded.slice(0, local(view, at));
  if (TOTAL_BEFORE.test(before) || / a l'echelle (?:de|du|des|d')/.test(view.folded.slice(local(view, at), local(view, at) + 80)))
    return true;
  const several =
    SEVERAL_OPENING.test(view.folded) ||
    (/^(?:ils|elles|they)\b/.test(view.folded) && previous !== undefined && SEVERAL_OPENING.test(previous.folded));
  // A name before the number is the subject after all ("Ces projets de Vextrane emploient 40 personnes").
  return several && !view.mentions.some((m) => m.target === 'ACTOR' && m.end <= at);
}

/** Words before a name that make it where something is: "dans le quartier de l'Oncopole", "sur le site de", "non loin de". */
const PLACE_WORDS_BEFORE =
  /\b(?:(?:dans|sur|au sein|a|en|vers|pres)\s+(?:le|la|l'|du|de la)?\s*(?:quartier|secteur|site|campus|zone|parc|pole)\s+(?:de|du|des|d')|non loin (?:de|du|des|d')|pres (?:de|du|des|d')|a proximite (?:de|du|des|d')|au coeur (?:de|du|des|d')|aux abords (?:de|du|des|d'))\s*(?:l'|la\s+|le\s+|les\s+)?$/;

/** A body named as a place in its sentence ("installée dans le quartier de l'Oncopole"): where something is, not who. */
function usedAsPlace(view: SentenceView, mention: Mention): boolean {
  if (mention.start < view.reading.sentence.start || mention.end > view.reading.sentence.end) return false;
  return PLACE_WORDS_BEFORE.test(view.folded.slice(Math.max(0, local(view, mention.start) - 40), local(view, mention.start)));
}

/** A sentence opening with a definite noun for an actor and no name: "La société …", "L'usine …", "The company …". */
const BARE_NOUN_OPENING =
  /^(?:[^,.;:]{0,40},\s*)?(?:la|le|l'|the)\s*(?:jeune\s+)?(?:societe|start-up|startup|entreprise|plateforme|platform|company|firm|biotech|medtech|laboratoire|laboratory|lab|unite|unit|structure|usine|plant|facility)\b(?!\s+(?:de|du|des|d'|of)\b)/;
/**
 * A sentence opening with a demonstrative noun for the project or site named before, or a definite one for a site: "Ce
 * projet, soutenu par X, créera 40 emplois", "Cette usine emploiera 40 personnes", "Le site accueillera 50 salariés" ("Le
 * projet" alone is often a plant the corpus names as an actor of its own: not read).
 * Its figures are those of the subject of the sentence before (a coreference, said by a lower confidence).
 */
const PROJECT_OPENING =
  /^(?:(?:ce|cet|cette|this)\s+(?:nouvel(?:le)?\s+|nouveau\s+|futur(?:e)?\s+|new\s+|future\s+)?(?:projet|project|usine|site|plant|facility|unite de production|centre de production|extension|chantier|investissement|investment)|(?:le|l'|the)\s*(?:nouvel(?:le)?\s+|nouveau\s+|futur(?:e)?\s+|new\s+|future\s+)?(?:usine|site|plant|facility))\b(?!\s+(?:de|du|des|d'|of)\b)(?:\s*,|\s+(?:\p{L}+\s+){0,3}?(?:creera|permettra|representera|represente|emploiera|accueillera|generera|mobilise|mobilisera|doit|devrait|va|will|should|would|is|has|a|est))/u;

/** A sentence opening with a possessive: "Son chiffre d'affaires …", "Ses effectifs …", "Its revenue …". */
const POSSESSIVE_OPENING = /^(?:son|sa|ses|leur|leurs|its|their)\s/;
/**
 * A singular pronoun inside a sentence that points back to a name before it: "y travaillent", "grâce à elle", "the firms it
 * backs" (a plural one, or a possessive, most often points to what the sentence counts: "100 firms, 70% of them in Albi").
 */
const BACK_POINTER = /\s(?:y|lui|it)\s|\s(?:a|de|par|avec|chez|pour) elle\b|\sen son sein\b/;

/** The subject of a sentence: the first name after a fronted clause ("Avec 5 000 emplois, la filière"), a pronoun's referent, else its first actor. */
function mainSubject(view: SentenceView, previous: Mention | undefined): Mention | undefined {
  if (FRONTED.test(view.folded)) {
    const comma = view.folded.indexOf(',');
    if (comma > 0) {
      const after = view.folded.slice(comma + 1);
      if (/^\s*(?:elle|il|elles|ils|she|he|it|they)\b/.test(after)) return previous;
      return (
        mentionAfter(view, view.reading.sentence.start + comma, 60, 'ACTOR') ?? mentionAfter(view, view.reading.sentence.start + comma, 60)
      );
    }
  }
  if (/^(?:elle|il|elles|ils|she|he|it|they)\b/.test(view.folded)) return previous;
  // "Son chiffre d'affaires dépasse 15 M€", "Its revenue reached …": a possessive opening speaks of the subject before.
  if (POSSESSIVE_OPENING.test(view.folded) && !view.mentions.some((m) => m.target === 'ACTOR' && local(view, m.start) < 40))
    return previous;
  if (PROJECT_OPENING.test(view.folded) && previous) return previous;
  // "Le laboratoire, qui emploie 37 personnes, …", "L'usine emploiera 40 personnes": a bare noun stands for the subject before.
  const first = view.mentions.find((m) => m.target === 'ACTOR');
  if (BARE_NOUN_OPENING.test(view.folded) && (!first || local(view, first.start) > 40)) return previous;
  // "Près de 1 000 personnes y travaillent", "40 start-up ont grandi grâce à elle": no name, a pronoun for the one before.
  if (!first && BACK_POINTER.test(view.folded)) return previous;
  // "Pour son président, Jean Exemple, …": a person in a possessive role speaks for the subject before.
  if (
    first?.kind === 'PERSON' &&
    previous &&
    view.reading.people.some((p) => p.start <= first.start && first.end <= p.end && /^(?:son|sa|leur|notre|its|their)\s/iu.test(p.text))
  )
    return previous;
  return first;
}

/** Figures of what a project does: jobs, staff, money spent. */
const PROJECT_METRICS = new Set<FigureMetric>(['JOBS', 'EMPLOYEES', 'INVESTMENT_EUR']);
/** A funder's verbs of support: "soutient", "accompagne", "finance", "accorde", "avec le soutien de", "backs", "supports". */
const SUPPORT_WORDS =
  /\b(?:soutien\w*|accompagn\w*|financ\w*|cofinanc\w*|subventionn\w*|accord\w*|aide|aident|a aide|appui\w*|grace a|backs?|backed|backing|supports?|supported|supporting|funds?|funded|funding|finances|financed|grants?|granted)\b/;

/** The number counts what a funder in the sentence supports, not the funder: a funder's kind and a verb of support. */
function fundsWhatItCounts(view: SentenceView, subject: Mention, metric: FigureMetric): boolean {
  return FUNDER_KINDS.has(subject.kind ?? '') && PROJECT_METRICS.has(metric) && SUPPORT_WORDS.test(view.folded);
}

/** What a funder supports in its sentence: the first organisation named that gives no money; else no one. */
function fundedActor(view: SentenceView, funder: Mention): Mention | undefined {
  return view.mentions.find((m) => m.target === 'ACTOR' && m.key !== funder.key && m.kind !== 'PERSON' && !FUNDER_KINDS.has(m.kind ?? ''));
}

/** "levée (de fonds) de 8 M€ de l'entreprise X", "a raise of $5m by X": the amount of a raise, then "de" and the raiser. */
function raiserAfter(view: SentenceView, at: number): Mention | undefined {
  const amount = view.reading.amounts.find((a) => a.start === at);
  if (!amount) return undefined;
  const before = view.folded.slice(Math.max(0, local(view, at) - 60), local(view, at));
  if (!/\b(?:levee|levees|tour de table|augmentation de capital|raise|round|fundraising)\b[^,;.]*$/.test(before)) return undefined;
  const next = mentionAfter(view, amount.end, 60, 'ACTOR');
  if (!next || next.kind === 'PERSON') return undefined;
  const between = textBetween(view, amount.end, next.start);
  return /^\s*(?:de|d'|by|for)\s*(?:(?:la|le|les|l'|the)\s*)?(?:[\p{L}-]+\s+){0,4}$/u.test(between) ? next : undefined;
}

/** Whose figure a number is: the name a relative clause hangs on ("Bio'Occ, qui vise …"), the name before it in its clause, else the sentence's subject. */
function subjectFor(view: SentenceView, at: number, subject: Mention | undefined): Mention | undefined {
  const before = view.folded.slice(0, local(view, at));
  const relative = /,?\s+(?:qui|which|that)\s[^,]*$/.exec(before);
  if (relative) {
    const owner = mentionBefore(view, view.reading.sentence.start + relative.index, 5);
    if (owner) return owner;
  }
  if (subject && FRONTED.test(view.folded) && at < view.reading.sentence.start + view.folded.indexOf(',')) return subject;
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const near = mentionBefore(view, at, 80);
  if (near && local(view, near.start) > clauseStart) return near;
  return subject ?? near;
}

/** The organisation a figure belongs to: a person's figures are those of the organisation their role names ("X, président de Y, compte 300 adhérents"), else none. */
function organisationOf(view: SentenceView, subject: Mention | undefined): Mention | undefined {
  if (subject?.kind !== 'PERSON') return subject;
  const role = view.reading.people.find((p) => p.start <= subject.start && subject.end <= p.end);
  return role
    ? view.mentions.find((m) => m.target === 'ACTOR' && m.kind !== 'PERSON' && m.start >= role.start && m.end <= role.end + 1)
    : undefined;
}

/** One figure per subject, metric, value and sentence text. */
function dedupe(drafts: FigureDraft[]): FigureDraft[] {
  const seen = new Set<string>();
  return drafts.filter((d) => {
    const key = `${d.subject.name}|${d.metric}|${d.value}|${d.sentence.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
