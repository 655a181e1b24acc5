import { type Gazetteer, placesNamed } from '../reading/places';
import { fold, matchesOf } from '../reading/spans';
import { local } from './clauses';
import type { ActorProposal, LocationProposal, NamedRef, TieProposal } from './contract';
import { confidenceOf, refOf, sentenceRef } from './ids';
import type { Mention, SentenceView } from './mentions';

/** A site found: the new actor (a group's plant or site in a commune) and its tie to the group. */
export interface SiteDrafts {
  actors: Omit<ActorProposal, 'id'>[];
  ties: Omit<TieProposal, 'id'>[];
  locations: Omit<LocationProposal, 'id'>[];
}

/** How the corpus names a site by the noun the press uses: "Usine X de Gaillac", "Site X de Lourdes", "Centre de distribution X de Muret". */
function siteLabel(noun: string): string | undefined {
  if (/^(?:usine|plant|factor|unite de production)/.test(noun)) return 'Usine';
  if (/^centres? de distribution|^distribution (?:centre|center)/.test(noun)) return 'Centre de distribution';
  if (/^(?:site|facilit)/.test(noun)) return 'Site';
  return undefined;
}

const NOUN = String.raw`(?<noun>usines?|sites?(?:\s+de\s+production)?|unites?\s+de\s+production|centres?\s+de\s+distribution)`;
/** "son usine de Gaillac", "ses usines de dermo-cosmétique de Soual", "des usines à A, B et C", "un centre de distribution à Muret". */
const FRENCH = new RegExp(
  String.raw`\b(?<owner>son|sa|ses|leur|leurs|des|un|une|l')\s*${NOUN}(?:\s+(?:de|d')\s*[a-z-]+)?\s+(?:de|d'|a)\s*(?=\S)`,
  'g',
);
/** "its Aignan plant", "the Lourdes site", "its plant in Aignan", "their site in Aignan". */

/** The group's name as the corpus writes it inside a site's name ("Laboratoires Pierre Fabre" -> "Pierre Fabre"). */
function groupName(group: Mention): string {
  return group.name.replace(/^(?:les\s+)?(?:laboratoires|groupe|group)\s+/iu, '');
}

/** "de Gaillac", "d'Aignan". */
function ofPlace(name: string): string {
  return /^[aeiouyàâéèêîôûAEIOUYÀÂÉÈÊÎÔÛ]/u.test(name) ? `d'${name}` : `de ${name}`;
}

/** A group that owns sites: a company (or a name of unknown kind), not a person, an authority or a public body. */
function isGroup(mention: Mention | undefined): mention is Mention {
  return mention !== undefined && mention.target === 'ACTOR' && (mention.kind === undefined || mention.kind === 'COMPANY');
}

/** A commune's name as written: capitalised words joined by hyphens or "-sur-", "-en-" ("Saint-Julien-en-Genevois"). */
const COMMUNE = /^\p{Lu}[\p{L}'’]*(?:-(?:\p{Lu}[\p{L}'’]*|sur|en|le|la|les|de|du|d['’]\p{Lu}[\p{L}]*))*(?![\p{L}\d-])/u;

/** The commune written at a sentence offset, when the geographic code knows it. */
function communeAt(view: SentenceView, offset: number): { place: Gazetteer; end: number } | undefined {
  const name = COMMUNE.exec(view.reading.sentence.text.slice(local(view, offset)))?.[0];
  const place = name ? placesNamed(name).find((p) => p.kind === 'CITY') : undefined;
  return place && name ? { place, end: offset + name.length } : undefined;
}

/**
 * The group a document's sites belong to: the first company its title names, else the company it names most often
 * (a name of unknown kind counts; a date or a place read as a name does not).
 */
function documentGroup(views: SentenceView[]): Mention | undefined {
  const groups = views
    .flatMap((v) => v.mentions)
    .filter(
      (m) => isGroup(m) && !/\d/.test(m.name) && placesNamed(m.name).length === 0 && !/-/.test(m.name.replace(/\p{Lu}+-\p{Lu}+/gu, '')),
    );
  const inTitle = groups.find((m) => views[0] !== undefined && m.end <= views[0].reading.sentence.end);
  if (inTitle) return inTitle;
  const counts = new Map<string, number>();
  for (const m of groups) counts.set(m.key, (counts.get(m.key) ?? 0) + 1);
  return [...groups].sort((a, b) => (counts.get(b.key) ?? 0) - (counts.get(a.key) ?? 0))[0];
}

/** The communes listed from an offset on ("Gaillac, Mazamet et Soual", "Soual, dans le Tarn, et d'Avène"). */
function communesFrom(view: SentenceView, offset: number): Gazetteer[] {
  const list: Gazetteer[] = [];
  let at = offset;
  for (;;) {
    const commune = communeAt(view, at);
    if (!commune) break;
    list.push(commune.place);
    // A département or region after a commune says where it is, not one more site.
    const rest = view.folded.slice(local(view, commune.end));
    const next =
      /^(?:\s*\([^()]*\))?(?:,\s*(?:dans|en)\s+(?:le|la|les|l')?\s*[^,.;]*(?=,))?\s*(?<join>,|,?\s*et|,?\s*and)\s*(?:(?:a|de|d'|in)\s*)?/.exec(
        rest,
      );
    if (!next) break;
    at = commune.end + next[0].length;
    if (/\b(?:et|and)\b/.test(next.groups!.join!)) {
      const last = communeAt(view, at);
      if (last) list.push(last.place);
      break;
    }
  }
  return list;
}

/**
 * A group's sites the press names by a noun and a commune ("son usine de Gaillac", "its Aignan plant", "des usines à A
 * et B"): each is a new actor named as the corpus names sites ("Usine <Groupe> de <Commune>"), part of the group (the
 * company named before in the sentence, else what the document is about), located in the commune.
 */
export function siteProposals(views: SentenceView[], placeRef: (place: Gazetteer) => NamedRef): SiteDrafts {
  const subject = documentGroup(views);
  const drafts: SiteDrafts = { actors: [], ties: [], locations: [] };
  const seen = new Set<string>();
  const propose = (view: SentenceView, label: string, group: Mention, place: Gazetteer) => {
    const name = `${label} ${groupName(group)} ${ofPlace(place.name)}`;
    // One site per group and commune: the first noun names it ("its Aignan plant", later "the Aignan site").
    const site = `${group.key}@${place.code}`;
    if (seen.has(site)) return;
    seen.add(site);
    const sentence = sentenceRef(view);
    drafts.actors.push({
      kind: 'ACTOR',
      name,
      actorKind: 'COMPANY',
      place: placeRef(place),
      match: 'new',
      possibleDuplicates: [],
      sentence,
      confidence: confidenceOf(0.6),
    });
    drafts.ties.push({
      kind: 'TIE',
      tieKind: 'PART_OF',
      from: { name, id: null },
      to: refOf(group),
      since: null,
      sentence,
      confidence: confidenceOf(0.6 * group.confidence + 0.2),
    });
    drafts.locations.push({ kind: 'LOCATION', actor: { name, id: null }, place: placeRef(place), sentence, confidence: confidenceOf(0.7) });
  };
  for (const view of views) {
    const ownerOf = (at: number): Mention | undefined => {
      const before = [...view.mentions].reverse().find((m) => m.end <= at && m.target === 'ACTOR' && m.kind !== 'PERSON');
      return isGroup(before) ? before : isGroup(subject) && !before ? subject : undefined;
    };
    for (const match of matchesOf(FRENCH, view.folded)) {
      const at = view.reading.sentence.start + match.index;
      const label = siteLabel(match.groups!.noun!);
      // Without a possessive, the sites are the document's company's ("on y recense … des usines à A et B").
      const possessive = /^(?:son|sa|ses|leur|leurs)$/.test(match.groups!.owner!);
      const group = possessive ? ownerOf(at) : isGroup(subject) ? subject : undefined;
      if (!label || !group) continue;
      for (const place of communesFrom(view, at + match[0].length)) propose(view, label, group, place);
    }
    // English: "its Aignan plant", "the Montpellier site", "its Aignan active-ingredient site", "its plant in Aignan".
    for (const match of matchesOf(
      /\b(?<owner>[Ii]ts|[Tt]heir|[Tt]he)\s+(?:(?<before>\p{Lu}[\p{L}-]*)\s+(?:[\p{Ll}-]+\s+){0,2}(?<noun>plant|site|factory|facility)\b|(?<nounIn>plant|site|factory|facility)\s+(?:in|at)\s+(?=\p{Lu}))/gu,
      view.reading.sentence.text,
    )) {
      const at = view.reading.sentence.start + match.index;
      const groups = match.groups!;
      const place = groups.before
        ? placesNamed(groups.before).find((p) => p.kind === 'CITY')
        : communeAt(view, at + match[0].length)?.place;
      const label = siteLabel(fold(groups.noun ?? groups.nounIn!));
      const group = /^the$/i.test(groups.owner!) ? (isGroup(subject) ? subject : undefined) : ownerOf(at);
      if (place && label && group) propose(view, label, group, place);
    }
  }
  return drafts;
}
