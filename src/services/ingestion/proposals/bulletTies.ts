import type { TieType } from '../../../domain/model';
import { listFrom, local, mentionAfter, textBetween } from './clauses';
import type { Mention, SentenceView } from './mentions';

/**
 * Ties a newsletter, a local authority's news item or a key-facts box states with a bulleted list: the line before the
 * bullets says what the listed names are (the founders, the members, the parts of a body, the start-ups it hosts, the
 * partners of an unnamed circle), each bullet gives one name or, after its own label and colon, a list of names.
 */

type AddTie = (kind: TieType, from: Mention, to: Mention, confidence: number) => void;

/** A bullet opening a line: "- A", "• A", "* A". */
const BULLET = /^\s*[-•–*]\s/;

/** Membership of these kinds is MEMBER_OF rather than PART_OF ("le cluster X regroupe :"). */
const MEMBERSHIP_KINDS = new Set(['CONSORTIUM', 'CLUSTER', 'COMPETITIVENESS_POLE']);

const COUNT =
  '(?:\\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|plusieurs|two|three|four|five|six|seven|eight|nine|ten|several)';

/** Nouns of a body's own parts: "trois pépinières", "ses composantes", "four subsidiaries". */
const PART_NOUNS =
  '(?:pepinieres|composantes|briques|filiales|antennes|etablissements|entites|unites|incubateurs|usines|subsidiaries|branches|components|units|incubators|entities)';

/** Nouns of the members of a body: "huit membres", "12 adhérents", "members". */
const MEMBER_NOUNS = '(?:membres|adherents|members)';

/** Nouns of an unnamed gathering whose listed names work together: "un consortium", "un nouveau cercle", "a consortium". */
const GATHERING_NOUNS = '(?:consortium|groupement|collectif|cercle|consortia)';

/** A heading with no colon that names the role of the bullets under it: "Les cofondateurs", "Nos partenaires", "Founding members". */
const ROLE_HEADING = new RegExp(
  String.raw`^\s*(?:(?:les|nos|ses|leurs|the|our|its)\s+)?(?:${COUNT}\s+)?(?<noun>membres fondateurs|co-?fondateurs|fondateurs|${MEMBER_NOUNS}|partenaires|founding members|co-?founders|founders|partners)(?:\s+(?:de|du|des|d'|of)\b[^:.;]{0,60})?\s*$`,
);

/**
 * A line ending with a colon that says the bullets are parts or members of the body before the verb ("Le fonds
 * comprend :", "le BIC regroupe trois pépinières :", "Il réunit :", "The network includes:").
 */
const GATHERING_LINE = new RegExp(
  String.raw`\b(?<verb>comprend|comprennent|se composent? de|est (?:compose|composee) d[e']|regroupe|regroupent|reunit|reunissent|rassemble|rassemblent|associe|associent|includes|comprises|consists of|is made up of|brings together|groups)\s+(?:(?:aujourd'hui|desormais|notamment|now|today)\s+)?(?:${COUNT}\s+)?(?:(?<noun>[a-z-]+)(?:\s+[a-z'-]+){0,3})?\s*:\s*$`,
);

/** A line where a body hosts start-ups it counts ("L'incubateur X accueille huit jeunes entreprises."), bullets after. */
const HOSTS_COUNTED = new RegExp(
  String.raw`\b(?:heberge|hebergent|accueille|accueillent|incube|incubent|accompagne|accompagnent|hosts|incubates|supports)\s+(?:(?:cette annee|actuellement|aujourd'hui|desormais|currently|now)\s+)?(?:${COUNT}|de nouvelles|de nouveaux|une dizaine de|une quinzaine de|une vingtaine de)\s+(?:nouvelles\s+|jeunes\s+|new\s+)?(?:start-?ups?|startups|pousses|entreprises|societes|companies)\b`,
);

/** A key-facts bullet whose label is a part noun or an unnamed gathering: "- 3 pépinières : A, B, C", "- consortium : A, B". */
const LABELLED_BULLET = new RegExp(
  String.raw`^\s*[-•–*]\s+(?:(?:${COUNT}|les|ses|the|its)\s+)?(?:(?<part>${PART_NOUNS})|(?<gathering>${GATHERING_NOUNS}))\s*:\s*`,
);

/** The names one bullet gives: those listed after its own label and colon, else the name that opens it ("- l'hôpital de X"). */
function bulletNames(item: SentenceView): Mention[] {
  const label = /^\s*[-•–*]\s+[^:]{1,60}:\s*/.exec(item.folded);
  if (label) {
    const first = mentionAfter(item, item.reading.sentence.start + label[0].length, 15, 'ACTOR');
    return first ? listFrom(item, first, 'ACTOR') : [];
  }
  const first = item.mentions.find((m) => m.target === 'ACTOR');
  // Only a name opening the bullet, after its article or a noun ("- le cluster X"), is the item ("- les chercheurs du CHU" is not).
  if (
    !first ||
    !/^\s*[-•–*]\s+(?:(?:les?|la|l'|the|un|une|a|an)\s*)?(?:(?!(?:de|du|des|of|from)\s)[a-z-]+\s+){0,2}$/.test(
      textBetween(item, item.reading.sentence.start, first.start),
    )
  )
    return [];
  // "- A et B" gives both; "- A, institut du B" gives A alone (an apposition names its parent, not an item).
  const names = [first];
  for (const next of item.mentions.slice(item.mentions.indexOf(first) + 1)) {
    if (
      next.target !== 'ACTOR' ||
      !/^\s*(?:,|et|and|&)\s*(?:l'|le |la |les |the )?$/.test(textBetween(item, names[names.length - 1]!.end, next.start))
    )
      break;
    names.push(next);
  }
  return names;
}

/** The names of the bullets right after a line, in order, people and public authorities aside. */
function bulletedNames(following: SentenceView[]): Mention[] {
  const names: Mention[] = [];
  for (const item of following) {
    if (!BULLET.test(item.folded)) break;
    for (const name of bulletNames(item)) if (name.kind !== 'PERSON' && !names.some((n) => n.key === name.key)) names.push(name);
  }
  return names;
}

/** A name governed by a preposition ("les équipes du CHU") is not the subject of the line's verb. */
function isComplement(view: SentenceView, mention: Mention): boolean {
  return /(?:^|[\s'])(?:de|du|des|d|par|via|a|au|aux|avec|pour|dans|sur|of|by|from|with|to)\b\s*(?:l'|la |le |les |the )?(?:[a-z]+\s+){0,2}$/.test(
    view.folded.slice(Math.max(0, local(view, mention.start) - 30), local(view, mention.start)),
  );
}

/** The subject of the verb at `at`: the last name before it no preposition governs, with no clause break in between. */
function subjectBefore(view: SentenceView, at: number): Mention | undefined {
  const named = [...view.mentions].reverse().find((m) => m.end <= at && m.target === 'ACTOR' && !isComplement(view, m));
  return named && !/[.;:]/.test(textBetween(view, named.end, at)) ? named : undefined;
}

/** The heading of a run of bullets: the first line before it; a short one naming an organisation names the host. */
function headingHost(views: SentenceView[], index: number): Mention | undefined {
  let at = index - 1;
  while (at >= 0 && BULLET.test(views[at]!.folded)) at--;
  const heading = views[at];
  if (!heading || heading.folded.trim().split(/\s+/).length > 6) return undefined;
  return heading.mentions.find((m) => m.target === 'ACTOR' && m.kind !== 'PERSON');
}

function pairwisePartners(names: Mention[], add: AddTie, confidence: number): void {
  const partners = names.filter((m) => m.kind !== 'PERSON' && m.kind !== 'PUBLIC_AUTHORITY');
  if (partners.length < 2) return;
  for (const [i, partner] of partners.entries())
    for (const other of partners.slice(i + 1)) add('PARTNERS_WITH', partner, other, confidence);
}

/** "Les cofondateurs" (a heading of its own, no colon) then "- A", "- B": the role of each name for the body named or the document's subject. */
function underRoleHeading(view: SentenceView, following: SentenceView[], subject: Mention | undefined, add: AddTie): void {
  const heading = ROLE_HEADING.exec(view.folded);
  if (!heading || view.folded.includes('\n')) return;
  const host = view.mentions.find((m) => m.target === 'ACTOR' && m.kind !== 'PERSON') ?? subject;
  if (!host || host.kind === 'PERSON') return;
  const noun = heading.groups!.noun!;
  for (const listed of bulletedNames(following)) {
    if (listed.key === host.key) continue;
    if (/fond|found/.test(noun)) add('FOUNDED', listed, host, 0.65);
    else if (/membre|adherent|member/.test(noun)) add('MEMBER_OF', listed, host, 0.65);
    else add('PARTNERS_WITH', host, listed, 0.6);
  }
}

/**
 * "Le fonds comprend :", "le BIC regroupe trois pépinières :" then bullets: the parts (members, for a cluster) of the
 * named body; "Il réunit :" (a body no name gives, a pronoun or a noun) then bullets: the listed names work together.
 */
function underGatheringLine(view: SentenceView, following: SentenceView[], add: AddTie): void {
  const line = GATHERING_LINE.exec(view.folded);
  if (!line) return;
  const names = bulletedNames(following);
  if (names.length === 0) return;
  const at = view.reading.sentence.start + line.index;
  const host = subjectBefore(view, at);
  const verb = line.groups!.verb!;
  const noun = line.groups!.noun ?? '';
  const gathers = /^(?:regroupe|reunit|reunissent|rassemble|associe|brings together|groups)/.test(verb);
  if (!host || host.cue === 'anaphor') {
    // "Il réunit :", "Le consortium rassemble :": nobody named hosts them, the names listed are partners.
    if (gathers && !new RegExp(`^${PART_NOUNS}$`).test(noun)) pairwisePartners(names, add, 0.65);
    return;
  }
  if (host.kind === 'PERSON' || host.kind === 'PUBLIC_AUTHORITY') return;
  const kind: TieType | undefined = new RegExp(`^${PART_NOUNS}$`).test(noun)
    ? 'PART_OF'
    : MEMBERSHIP_KINDS.has(host.kind ?? '') || new RegExp(`^${MEMBER_NOUNS}$`).test(noun)
      ? 'MEMBER_OF'
      : !gathers && noun === ''
        ? 'PART_OF'
        : undefined;
  if (!kind) return;
  for (const listed of names) if (listed.key !== host.key && listed.kind !== 'PUBLIC_AUTHORITY') add(kind, listed, host, 0.65);
}

/** "L'incubateur X accueille huit jeunes entreprises." then "- cinq sociétés locales : A, B et C": each listed name is incubated by X. */
function underHostingLine(view: SentenceView, following: SentenceView[], add: AddTie): void {
  const line = HOSTS_COUNTED.exec(view.folded);
  if (!line) return;
  const host = subjectBefore(view, view.reading.sentence.start + line.index);
  if (!host || host.kind === 'PERSON' || host.kind === 'PUBLIC_AUTHORITY') return;
  for (const listed of bulletedNames(following))
    if (listed.key !== host.key && listed.kind !== 'PUBLIC_AUTHORITY') add('INCUBATED_BY', listed, host, 0.6);
}

/** A key-facts bullet "- 3 pépinières : A, B, C" (parts of the heading's body, else the document's), "- consortium : A, B" (partners). */
function labelledBullet(view: SentenceView, views: SentenceView[], subject: Mention | undefined, add: AddTie): void {
  const bullet = LABELLED_BULLET.exec(view.folded);
  if (!bullet) return;
  const first = mentionAfter(view, view.reading.sentence.start + bullet[0].length, 15, 'ACTOR');
  if (!first) return;
  const listed = listFrom(view, first, 'ACTOR').filter((m) => m.kind !== 'PERSON');
  if (bullet.groups!.gathering) {
    pairwisePartners(listed, add, 0.6);
    return;
  }
  const host = headingHost(views, view.index) ?? subject;
  // A host listed among its own parts is a guess gone wrong: the body the parts make up is not named.
  if (!host || host.kind === 'PERSON' || host.kind === 'PUBLIC_AUTHORITY' || listed.some((m) => m.key === host.key)) return;
  for (const part of listed) if (part.key !== host.key && part.kind !== 'PUBLIC_AUTHORITY') add('PART_OF', part, host, 0.6);
}

/**
 * "Le test est le fruit d'un consortium. On y trouve A, B et C.": the names listed after a sentence that speaks of an
 * unnamed consortium (a circle, a grouping) are partners of each other.
 */
function listedInUnnamedGathering(view: SentenceView, previous: SentenceView | undefined, add: AddTie): void {
  if (!previous) return;
  const opening =
    /^(?:on y (?:re)?trouve|on y compte|y figurent|il (?:reunit|rassemble|regroupe|associe)|it (?:brings together|includes|gathers))\s+/.exec(
      view.folded,
    );
  if (!opening) return;
  const gathering = new RegExp(String.raw`\b(?:un|une|le|la|ce|cette|a|the|this)\s+(?:[a-z-]+\s+)?${GATHERING_NOUNS}\b`).exec(
    previous.folded,
  );
  // "les membres fondateurs forment un collectif. On y trouve A, B": the members (founders) of a body, read elsewhere.
  if (!gathering || /\b(?:membres|adherents|fondateurs|cofondateurs|members|founders)\b/.test(previous.folded)) return;
  // "le consortium X": a named consortium has members, read elsewhere.
  const end = previous.reading.sentence.start + gathering.index + gathering[0].length;
  if (mentionAfter(previous, end, 3, 'ACTOR')) return;
  const first = mentionAfter(view, view.reading.sentence.start + opening[0].length, 20, 'ACTOR');
  if (!first) return;
  pairwisePartners(listFrom(view, first, 'ACTOR'), add, 0.6);
}

/** Every tie a sentence states with the bullets that follow it, or as a bullet of a key-facts box. */
export function bulletListTies(view: SentenceView, views: SentenceView[], subject: Mention | undefined, add: AddTie): void {
  const following = views.slice(view.index + 1);
  if (following[0] && BULLET.test(following[0].folded)) {
    underRoleHeading(view, following, subject, add);
    underGatheringLine(view, following, add);
    underHostingLine(view, following, add);
  }
  labelledBullet(view, views, subject, add);
  listedInUnnamedGathering(view, views[view.index - 1], add);
}
