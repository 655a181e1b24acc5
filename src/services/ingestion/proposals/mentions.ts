import { type Link, Linker } from '../linking/linker';
import { compactKey, type GraphNames } from '../linking/names';
import type { SentenceReading } from '../reading/document';
import { foldKeepingOffsets } from '../reading/dates';
import { findProgrammes } from '../reading/programmes';
import { isStopName, isTradeWord, namesOfProducts } from '../reading/nameRules';
import { isNumberWords } from '../reading/numbers';
import { namesNoOneByShape, groupOfSite } from '../reading/organisations';
import { ROLE_TITLE } from '../reading/people';
import { findPlaces, type Gazetteer, placeByCode } from '../reading/places';
import { isDateline } from '../reading/sentences';
import type { Span } from '../reading/spans';

/** An actor or a programme named in a sentence, linked to the graph when the graph knows it. */
export interface Mention extends Span {
  /** The name as the proposal gives it ("Université de Montpellier", "Région Occitanie" for "la Région"). */
  name: string;
  /** Identity within the document (compactKey of the name): the same thing named twice. */
  key: string;
  target: 'ACTOR' | 'PROGRAMME';
  /** An actor kind, when a cue or the graph says it. */
  kind?: string;
  /** The graph id, when linked. */
  link?: Link;
  confidence: number;
  /** How it was read: the cue words, "graph", "document" (a name read elsewhere in the document), "anaphor". */
  cue: string;
}

/** One sentence with what it mentions, in text order; `folded` is its text folded letter for letter (same offsets). */
export interface SentenceView {
  index: number;
  reading: SentenceReading;
  mentions: Mention[];
  folded: string;
}

/** Heads written bare ("le CHU", "l'Université") that take the complement of the next name ("le CHU et l'Université de Montpellier"). */
const BARE_HEADS =
  /^(?:CHU|CHRU|Université|Institut|Centre hospitalier|Hôpital|University Hospital|University|Hospital|Biopole|Biopôle|Technopole|Technopôle)$/u;

/**
 * Every actor and programme mention of every sentence: names read by the cues, names the graph knows,
 * and names read in one sentence found again in the others; "la Région" is the region the document
 * names, "ce contrat" the last contract named. Overlaps keep the programme, then the graph's name,
 * then the longer name.
 */
export function mentionsOf(readings: SentenceReading[], names: GraphNames): SentenceView[] {
  const linker = new Linker(names);
  const region = documentRegion(readings);
  const publishers = publisherKeys(readings);
  // The publisher a byline or a URL names, or the agency of a wire dateline, ("FrenchWeb", "ToulÉco") is page furniture, not an actor of the story.
  // A name the document gives a product ("le test Exemplia") or a ticker is no organisation anywhere in it, unless a typed cue says so.
  const products = new Set(readings.flatMap((r) => [...namesOfProducts(r.sentence.text)].map(compactKey)));
  // A name the document gives a programme ("Rel'Occ, son plan de …") is no company where it stands alone ("Rel'Occ est doté …").
  const programmesRead = new Map<string, Mention>();
  for (const reading of readings)
    for (const m of localMentions(reading, region))
      if (m.target === 'PROGRAMME' && !m.cue.startsWith('anaphor') && /^\p{Lu}[\p{L}\d'’-]*$/u.test(m.name)) programmesRead.set(m.key, m);
  const local = readings.map((reading) =>
    localMentions(reading, region).filter(
      (m) =>
        !(publishers.has(m.key) && isByline(reading, m)) &&
        !(m.target === 'ACTOR' && isDateline(reading.sentence.text)) &&
        !(products.has(m.key) && m.confidence < 0.9 && m.kind !== 'PERSON') &&
        !(m.target === 'ACTOR' && programmesRead.has(m.key) && m.confidence < 0.9) &&
        !(m.target === 'ACTOR' && currencyOfAmount(reading, m)),
    ),
  );
  const documentProgrammes = new Linker({
    actors: [],
    places: [],
    programmes: [...programmesRead.values()].map((m) => ({ id: m.key, name: m.name, aliases: [], kind: 'PROGRAMME' })),
    domains: [],
  });
  const acronyms = joinAcronyms(readings, local);
  // Names read anywhere in the document are found again in every sentence ("Inserm" once introduced).
  const discovered = new Map<string, Mention>();
  for (const mention of local.flat()) {
    if (mention.target === 'ACTOR' && mention.confidence >= 0.6 && !discovered.has(mention.key) && !BARE_HEADS.test(mention.name))
      discovered.set(mention.key, mention);
    // "le site Exemplia de Castres": the group is named too, and found again where it stands alone ("Exemplia recrute").
    const group = mention.cue === 'site of a group' ? groupOfSite(mention.text) : undefined;
    if (group && !discovered.has(compactKey(group)))
      discovered.set(compactKey(group), { ...mention, name: group, key: compactKey(group), cue: 'group of a site', confidence: 0.8 });
  }
  const documentNames = new Linker({
    actors: [...discovered.values()].map((m) => ({
      id: m.key,
      name: m.name,
      aliases: acronyms.get(m.key) ?? [],
      kind: m.kind ?? '',
      place: null,
    })),
    places: [],
    programmes: [],
    domains: [],
  });
  let lastProgramme: Mention | undefined;
  return readings.map((reading, index) => {
    const candidates: { mention: Mention; priority: number }[] = local[index]!.map((mention) => ({
      mention,
      priority: mention.target === 'PROGRAMME' ? 3 : 1,
    }));
    for (const known of linker.findKnown(reading.sentence))
      candidates.push({
        mention: {
          ...spanOf(known),
          name: known.link.name,
          key: `graph:${known.link.id}`,
          target: known.target,
          kind: known.link.kind,
          link: known.link,
          confidence: 0.9,
          cue: 'graph',
        },
        priority: 2,
      });
    for (const again of documentNames.findKnown(reading.sentence)) {
      const first = discovered.get(again.link.id)!;
      candidates.push({
        mention: { ...first, ...spanOf(again), confidence: Math.min(first.confidence, 0.8), cue: 'document' },
        priority: 0,
      });
    }
    for (const again of documentProgrammes.findKnown(reading.sentence)) {
      const first = programmesRead.get(again.link.id)!;
      candidates.push({ mention: { ...first, ...spanOf(again), confidence: 0.7, cue: 'document' }, priority: 0 });
    }
    candidates.sort((a, b) => b.priority - a.priority || b.mention.end - b.mention.start - (a.mention.end - a.mention.start));
    const kept: Mention[] = [];
    for (const { mention } of candidates) if (!kept.some((k) => mention.start < k.end && mention.end > k.start)) kept.push(mention);
    kept.sort((a, b) => a.start - b.start);
    const mentions = kept.map((mention) => {
      const linked = mention.link ?? linker.link(mention.name, mention.target);
      const withLink = linked
        ? { ...mention, link: linked, name: mention.target === 'PROGRAMME' || linked.confidence === 1 ? linked.name : mention.name }
        : mention;
      if (withLink.target !== 'PROGRAMME' || !withLink.cue.startsWith('anaphor')) {
        if (withLink.target === 'PROGRAMME') lastProgramme = withLink;
        return withLink;
      }
      // "ce contrat": the last programme named with that head, else nothing to refer to.
      return lastProgramme && compactKey(lastProgramme.name).startsWith(withLink.cue.slice('anaphor:'.length))
        ? { ...lastProgramme, start: withLink.start, end: withLink.end, text: withLink.text, cue: 'anaphor', confidence: 0.7 }
        : undefined;
    });
    const view = mentions.filter((m): m is Mention => m !== undefined);
    for (const m of view) if (m.link) m.key = `graph:${m.link.id}`;
    return { index, reading, mentions: view, folded: foldKeepingOffsets(reading.sentence.text).replace(/’/g, "'").toLowerCase() };
  });
}

/** Currency codes the press writes before or after an amount ("EUR 75 million", "12 M USD"). */
const CURRENCY_CODE = /^(?:EUR|USD|GBP|CHF|CAD|JPY|CNY)$/;

/** "EUR 75 million": a currency code that is part of an amount the sentence states is no organisation. */
function currencyOfAmount(reading: SentenceReading, mention: Mention): boolean {
  return CURRENCY_CODE.test(mention.name) && reading.amounts.some((a) => a.start <= mention.end && mention.start <= a.end);
}

/**
 * "l'Institut de Recherche en Exemples (IRE)": the acronym in parentheses right after a name is that
 * name, not another actor (its ALIAS is proposed apart); returns each name's acronyms by key, so that
 * "l'IRE" further on is found as the same actor.
 */
function joinAcronyms(readings: SentenceReading[], local: Mention[][]): Map<string, string[]> {
  const acronyms = new Map<string, string[]>();
  const named = new Map<string, Mention>();
  local.forEach((mentions, i) => {
    const { text, start } = readings[i]!.sentence;
    mentions.sort((a, b) => a.start - b.start);
    for (let j = 1; j < mentions.length; j++) {
      const [name, acronym] = [mentions[j - 1]!, mentions[j]!];
      // An acronym in capitals, or one the reading found written in small letters after the name ("(Inserm)").
      const shaped =
        /^\p{Lu}[\p{Lu}\d&-]{1,9}$/u.test(acronym.text) ||
        (acronym.cue === 'acronym' && /^\p{Lu}\p{Ll}[\p{L}\d]{1,8}$/u.test(acronym.text));
      if (name.target !== 'ACTOR' || acronym.target !== 'ACTOR' || !shaped) continue;
      if (!/^\s*\($/.test(text.slice(name.end - start, acronym.start - start)) || text[acronym.end - start] !== ')') continue;
      mentions[j] = { ...acronym, name: name.name, key: name.key, kind: name.kind ?? acronym.kind, cue: 'acronym of the name before' };
      acronyms.set(name.key, [...(acronyms.get(name.key) ?? []), acronym.text]);
      named.set(acronym.text, mentions[j]!);
    }
  });
  // The acronym alone further on ("l'IRE recrute") is the same actor.
  for (const mentions of local)
    mentions.forEach((mention, j) => {
      const name = named.get(mention.text);
      if (name && mention.key !== name.key) mentions[j] = { ...mention, name: name.name, key: name.key, kind: name.kind ?? mention.kind };
    });
  return acronyms;
}

/** The compact names of the sites the document's web addresses are on ("https://www.exemple-news.fr/..." gives "exemplenews"). */
function publisherKeys(readings: SentenceReading[]): Set<string> {
  const keys = new Set<string>();
  for (const { sentence } of readings)
    for (const url of sentence.text.matchAll(/(?:https?:\/\/|www\.)(?:www\.)?(?<host>[\p{L}\d.-]+)/gu)) {
      const labels = url.groups!.host!.split('.').filter(Boolean);
      if (labels.length < 2) continue;
      const site = labels[labels.length - 2]!;
      keys.add(compactKey(site));
      // "touleco-tarn.fr" prints its byline "ToulÉco Tarn": the site's first word is its name too.
      const first = site.split('-')[0]!;
      if (first.length >= 4) keys.add(compactKey(first));
    }
  return keys;
}

/** A mention that opens a short line of its own ("Exemple News", "Exemple News Tarn"): where a page prints its publisher. */
function isByline(reading: SentenceReading, mention: Mention): boolean {
  const { text, start } = reading.sentence;
  const lineStart = text.lastIndexOf('\n', mention.start - start - 1) + 1;
  const lineEnd = text.indexOf('\n', mention.end - start);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  return text.slice(lineStart, mention.start - start).trim() === '' && line.trim().split(/\s+/).length <= 6;
}

function spanOf(span: Span): Span {
  return { start: span.start, end: span.end, text: span.text };
}

/**
 * The region a document is about: the one it names most ("Région Occitanie", "en Occitanie"), else
 * the region of the communes and départements it names ("la Région" in an article about Toulouse).
 */
export function documentRegion(readings: SentenceReading[]): Gazetteer | undefined {
  const count = (places: Gazetteer[]) => {
    const counts = new Map<string, { place: Gazetteer; n: number }>();
    for (const place of places) counts.set(place.code, { place, n: (counts.get(place.code)?.n ?? 0) + 1 });
    return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.place;
  };
  const places = readings.flatMap((r) => r.places).map((p) => p.place);
  const named = count(places.filter((p) => p.kind === 'REGION'));
  if (named) return named;
  const regions = places.filter((p) => p.regionCode).map((p) => placeByCode('REGION', p.regionCode!));
  return count(regions.filter((r): r is Gazetteer => r !== undefined));
}

/** The mentions one sentence's own words give: organisations, people, programmes, with bare heads completed. */
function localMentions(reading: SentenceReading, region: Gazetteer | undefined): Mention[] {
  const text = reading.sentence.text;
  const at = (offset: number) => offset - reading.sentence.start;
  const mentions: Mention[] = [];
  for (const programme of findProgrammes(reading.sentence)) {
    mentions.push({
      ...spanOf(programme),
      name: programme.name,
      key: programme.anaphor ? `anaphor:${programme.head}` : compactKey(programme.name),
      target: 'PROGRAMME',
      confidence: programme.anaphor ? 0.6 : 0.8,
      cue: programme.anaphor ? `anaphor:${compactKey(programme.head)}` : programme.head,
    });
  }
  const organisations = reading.organisations;
  organisations.forEach((org, i) => {
    // A commune or a département alone is a place, whatever cue came before it ("une PME de Montpellier").
    if (isPlaceName(org.name)) return;
    // "run by CEO Anne Exemple": an abbreviated title before a person the sentence reads is no organisation.
    const titled = /^(?:CEO|PDG|DG|COO|CTO|CFO|CSO)\s+(.+)$/u.exec(org.name)?.[1];
    if (titled && reading.people.some((p) => p.name === titled)) return;
    let name = org.name;
    // "la société de Nîmes Exemplia": the place the cue's "de" took is not part of the name.
    const placeFirst = /\s(?:de|d['’])$/u.test(org.cue) ? /^(\p{Lu}[\p{L}'’-]+)\s+(?=\p{Lu})/u.exec(name) : null;
    if (placeFirst && isPlaceName(placeFirst[1]!)) name = name.slice(placeFirst[0].length);
    // "the Nîmes-based Exemplia": the place is where it is (placeShapes.ts), not part of its name.
    const based = /^(\p{Lu}[\p{L}'’-]*?)-based\s+(?=\p{Lu})/u.exec(name);
    let span = spanOf(org);
    if (based && isPlaceName(based[1]!) && name === org.text) {
      name = name.slice(based[0].length);
      span = { start: org.start + based[0].length, end: org.end, text: name };
    }
    // "le Conseil régional" is the Région, as "la Région" is.
    if (/^(?:Région|Region|Conseil régional)$/u.test(name)) name = region ? `Région ${region.name}` : 'Région';
    // A generic head the document does not complete ("la Métropole", "l'Agence", "la Région" of no named region) names no one.
    if (isStopName(name) && !(isTradeWord(name) && org.kind === 'COMPANY')) return;
    // "Michaël Exemple, Mayor of Montpellier": a title names a role, not an organisation.
    if (ROLE_TITLE.test(name)) return;
    // "son PDG-fondateur Anne Exemple": the role the sentence gives a person is no organisation.
    if (reading.people.some((p) => p.role === name)) return;
    if (paperOrCredit(text.slice(0, at(org.start)), text.slice(at(org.end)))) return;
    // "Vingt-cinq millions d'euros …" opening a sentence: a number written in words is no name.
    if (isNumberWords(name)) return;
    // "- Founded: September 2021": a bullet's date is no name, whatever rule read it.
    if (namesNoOneByShape(name)) return;
    // "A, B et Paul Exemple, ancien président de C": a name the sentence gives a person's role is that person, not a company.
    if (reading.people.some((p) => p.start + p.text.indexOf(p.name) === org.start && p.name.length === org.end - org.start)) return;
    if (name === 'Etat' || name === 'State') name = 'État';
    if (BARE_HEADS.test(name)) {
      // "le CHU et l'Université de Montpellier": the bare head shares the next name's "de Montpellier".
      const next = organisations[i + 1];
      const between = next ? text.slice(at(org.end), at(next.start)) : '';
      const complement =
        next && /^\s+(?:et|and)\s+(?:l['’]|le\s+|la\s+)?$/u.test(between) ? /\s(?:de|d['’])\s*\p{Lu}.*$/u.exec(next.name) : null;
      if (complement) name = `${name}${complement[0]}`;
    }
    // A head left bare ("trois CHU") names no one in particular.
    if (BARE_HEADS.test(name)) return;
    mentions.push({
      ...span,
      name,
      key: compactKey(name),
      target: 'ACTOR',
      kind: org.kind,
      confidence: org.confidence,
      cue: org.cue,
    });
    // "3 CHU Montpellier, Nîmes et Toulouse": one head, several places, several actors.
    const head = /^(CHU|CHRU|Université|Universités|Centre hospitalier)\s+(?:de\s+)?\p{Lu}/u.exec(org.name)?.[1];
    if (head) {
      const list = /^(?:\s*,\s*|\s+et\s+)(\p{Lu}[\p{L}’'-]+)/u;
      let offset = at(org.end);
      for (let m = list.exec(text.slice(offset)); m; m = list.exec(text.slice(offset))) {
        const placeAt = offset + m[0].length - m[1]!.length;
        if (!reading.places.some((p) => at(p.start) === placeAt)) break;
        const start = reading.sentence.start + placeAt;
        const listed = `${head} de ${m[1]}`;
        mentions.push({
          start,
          end: start + m[1]!.length,
          text: m[1]!,
          name: listed,
          key: compactKey(listed),
          target: 'ACTOR',
          kind: org.kind,
          confidence: 0.7,
          cue: `${head} list`,
        });
        offset += m[0].length;
      }
    }
  });
  for (const person of reading.people) {
    // "Marie Exemple, PDG de la start-up Exemplia": the organisation of a person's role is an actor too.
    // Its leading demonym is not part of it ("président de l'Allemand Exemplia").
    const organisation = person.organisation.replace(/^\p{Lu}\p{Ll}+(?:ais|aise|ain|aine|ois|oise|ien|ienne|and|ande)s?\s+(?=\p{Lu})/u, '');
    const orgAt = organisation ? person.text.lastIndexOf(organisation) : -1;
    const orgStart = person.start + orgAt;
    const named = /^\p{Lu}\p{L}/u.test(organisation) && !BARE_HEADS.test(organisation) && !/^Universit/u.test(organisation);
    const orgEnd = orgStart + organisation.length;
    // "PDG d'Erba Diagnostics, un groupe …" read "Diagnostics" alone: the role's organisation as written is the whole name.
    const cut = mentions.filter((m) => m.start < orgEnd && m.end > orgStart);
    if (
      orgAt > 0 &&
      named &&
      cut.length > 0 &&
      cut.every((m) => m.target === 'ACTOR' && m.start > orgStart && m.end === orgEnd && m.kind !== 'PERSON') &&
      !isPlaceName(organisation) &&
      !isStopName(organisation)
    )
      for (const m of cut) mentions.splice(mentions.indexOf(m), 1);
    if (
      orgAt > 0 &&
      named &&
      !isPlaceName(organisation) &&
      !isStopName(organisation) &&
      !mentions.some((m) => m.start < orgEnd && m.end > orgStart)
    )
      mentions.push({
        start: orgStart,
        end: orgStart + organisation.length,
        text: organisation,
        name: organisation,
        key: compactKey(organisation),
        target: 'ACTOR',
        confidence: 0.7,
        cue: `organisation of a ${person.role}`,
      });
    const start = person.start + person.text.indexOf(person.name);
    // A person with two roles is read twice ("maire de A et président de B"): one mention of them.
    if (mentions.some((m) => m.kind === 'PERSON' && m.start === start && m.end === start + person.name.length)) continue;
    mentions.push({
      start,
      end: start + person.name.length,
      text: person.name,
      name: person.name,
      key: compactKey(person.name),
      target: 'ACTOR',
      kind: 'PERSON',
      confidence: 0.8,
      cue: person.role,
    });
  }
  return mentions;
}

/** A speech verb then, at most one clause later, "à", "au" or "auprès de": who the words were said to ("a-t-il déclaré à La Dépêche"). */
const SAID_TO =
  /(?:-t-(?:il|elle|ils|elles)|\b(?:d[ée]clar|confi|expliqu|indiqu|pr[ée]cis|affirm|racont|analys|assur|souffl|t[ée]moign|annonc|dit\b|told\b|said\b|explain|sa(?:ys|id)\b))[^.;:«»“”"€\d]{0,120}?\s(?:à|au|aux|auprès\s+(?:de|du|des)|to)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$/iu;
/** A photo credit: "(© Exemple 2018, DC)", "Crédit photo : Exemple". */
const CREDIT = /(?:©|\([cC]\)|[Cc]r[ée]dits?(?:\s+photos?)?\s*:|[Pp]hotos?\s*:)[^()\n]{0,40}$/u;

/** True for a name a newspaper is told something in (the clause ends with it), or a photo credit names. */
function paperOrCredit(before: string, after: string): boolean {
  return CREDIT.test(before) || (SAID_TO.test(before) && /^\s*(?:[.,;)»”"]|$)/u.test(after));
}

/** A name that is a commune, département or region of the geographic code ("l'Occitanie", "la Lozère"). */
function isPlaceName(name: string): boolean {
  const known = PLACE_NAMES.get(name);
  if (known !== undefined) return known;
  const place = findPlaces({ start: 0, end: name.length + 2, text: `à ${name}` })[0];
  const isPlace = place !== undefined && place.text === name;
  PLACE_NAMES.set(name, isPlace);
  return isPlace;
}
const PLACE_NAMES = new Map<string, boolean>();
