import { ACTOR_KINDS, type ActorKind } from '../../../domain/model';
import { Linker } from '../linking/linker';
import type { GraphNames } from '../linking/names';
import { datelineDate } from '../reading/dates';
import { readDocument } from '../reading/document';
import { type Country, type CountryMention, findCountries } from '../reading/countries';
import { findPlaces, type Gazetteer, placeHeldInName } from '../reading/places';
import type { DocumentLanguage } from '../reading/language';
import { kindOfOwnName } from '../reading/organisations';
import { local, textBetween } from './clauses';
import type { ActorProposal, AliasProposal, FundingProposal, LocationProposal, NamedRef, Proposal, TieProposal } from './contract';
import { figureProposals } from './figures';
import { agreementFundings, boxFundingsFollowBody, capitalEntryFundings } from './fundingAgreements';
import { fundingProposals } from './fundings';
import { confidenceOf, proposalId, refOf, sentenceRef } from './ids';
import { type Mention, mentionsOf, type SentenceView } from './mentions';
import { withAnaphora } from './anaphora';
import { placesByShape } from './placeShapes';
import { isRecordLine, labelOf, moneyRecords } from './records';
import { actorCandidates, scoreCandidate, vouchedByShape, withAcceptedNames } from './nameScorer';
import { NAME_SCORER } from './nameScorerWeights';
import { documentSubject } from './subject';
import { tieProposals } from './ties';
import { siteProposals } from './sites';

type Draft<T> = Omit<T, 'id'>;

/** Order of kinds in the output, for readers: who, where, other names, ties, money, figures. */
const KIND_ORDER = ['ACTOR', 'LOCATION', 'ALIAS', 'TIE', 'FUNDING', 'FIGURE'];

/** Every fact a document's text states, as proposals with their sentences; deterministic. */
export function proposeFromText({
  text,
  language,
  published,
  names,
}: {
  text: string;
  language: DocumentLanguage;
  published: string | null;
  names: GraphNames;
}): Proposal[] {
  const reading = readDocument(text, language);
  const views = mentionsOf(reading.sentences, names);
  // Facts stated of "la société" or "elle" are stated of what the document is about; new actors come from the names only.
  const resolved = withAnaphora(views);
  // The document's region: named as a place, else inside a name ("Fonds Exemplia Occitanie").
  const region =
    views.flatMap((v) => v.reading.places).find((p) => p.place.kind === 'REGION')?.place ??
    views
      .flatMap((v) => v.mentions)
      .map((m) => (m.target === 'ACTOR' ? placeInName(m.name) : undefined))
      .find((place) => place?.kind === 'REGION');
  const placeRef = placeLinker(names);
  const linker = new Linker(names);
  // Where the names are: those the scorer accepts without a rule's reading are placed too.
  const located = locations(withAnaphora(withAcceptedNames(views)), region);
  // Money, figures and ties are read of the names the scorer accepts too ("Exemplia" with no cue, the subject of a story).
  const withNames = withAnaphora(withAcceptedNames(views));
  // A fact box's money follows the body's giver and receiver; agreements of funding with no amount are read apart.
  const fundings = boxFundingsFollowBody([
    ...fundingProposals(withNames),
    ...agreementFundings(withNames),
    ...capitalEntryFundings(withNames),
  ]);
  // A group's plants and sites named by a noun and a commune ("son usine de Gaillac"): new actors, part of the group.
  const sites = siteProposals(resolved, placeRef);
  const drafts: Draft<Proposal>[] = [
    ...actorProposals(views, located, placeRef, linker),
    ...sites.actors.filter((site) => !views.some((v) => v.mentions.some((m) => m.name === site.name))),
    ...[...located.values()].flat().map(
      ({ actor, place, view, confidence }): Draft<LocationProposal> => ({
        kind: 'LOCATION',
        actor: refOf(actor),
        place: placeRef(place),
        sentence: sentenceRef(view),
        confidence: confidenceOf(confidence),
      }),
    ),
    ...sites.locations,
    ...aliasProposals(views),
    ...tieProposals(withAnaphora(withAcceptedNames(views)), {
      documentDate: published ?? datelineDate(reading.sentences.map((r) => r.sentence)),
      text,
    }),
    ...sites.ties,
    ...fundings,
    ...sharesFromRounds(fundings),
    ...figureProposals(withNames),
  ];
  const seen = new Set<string>();
  const proposals: Proposal[] = [];
  for (const draft of drafts) {
    const id = proposalId(draft);
    if (seen.has(id)) continue;
    seen.add(id);
    proposals.push({ id, ...draft } as Proposal);
  }
  return proposals.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.sentence.start - b.sentence.start);
}

/** The candidate names of a text with their features, as the name scorer sees them (for fitting it: `npm run fit-names`). */
export function actorCandidatesOfText({ text, language, names }: { text: string; language: DocumentLanguage; names: GraphNames }) {
  return actorCandidates(mentionsOf(readDocument(text, language).sentences, names)).map(({ name, features }) => ({
    name: displayName(name),
    features: [...features],
  }));
}

/** Equity is shares: each investor of a fundraising holds shares in the company that raised it. */
function sharesFromRounds(fundings: Draft<FundingProposal>[]): Draft<TieProposal>[] {
  return fundings
    .filter((f) => f.instrument === 'EQUITY')
    .flatMap((f) =>
      f.recipients
        .filter((r) => r.name !== f.funder.name)
        .map(
          (recipient): Draft<TieProposal> => ({
            kind: 'TIE',
            tieKind: 'HOLDS_SHARES_IN',
            from: f.funder,
            to: recipient,
            since: f.date ?? (f.period ? f.period.split('-')[0] || null : null),
            sentence: f.sentence,
            confidence: confidenceOf(f.confidence - 0.05),
          }),
        ),
    );
}

/** A place of the geographic code as the contract names it: linked to the graph's place of that kind and code. */
function placeLinker(names: GraphNames): (place: Place) => NamedRef {
  const byCode = new Map(names.places.map((p) => [`${p.kind}:${p.code}`, p.id]));
  return (place) =>
    place === 'FRANCE'
      ? { name: 'France', id: byCode.get('COUNTRY:FR') ?? null }
      : { name: place.name, id: byCode.get(`${place.kind}:${place.code}`) ?? null };
}

/** France as a country read in the text is the same place as the State's France. */
function asPlace(country: Country): Place {
  return country.code === 'FR' ? 'FRANCE' : country;
}

/**
 * The country a nationality adjective right before a name gives ("le groupe américain X", "le Japonais Y",
 * "the German group Z"): at most two lower-case words between, no punctuation, no "de" ("les filiales
 * américaines de X" are not where X is).
 */
function countryBefore(view: SentenceView, countries: CountryMention[], actor: Mention): Place | undefined {
  const adjective = countries.find(
    (c) =>
      c.cue === 'ADJECTIVE' &&
      c.end <= actor.start &&
      /^\s+(?:(?!de\b|du\b|des\b|d'|of\b)[a-z-]+\s+){0,2}$/.test(textBetween(view, c.end, actor.start)),
  );
  return adjective ? asPlace(adjective.country) : undefined;
}

/** Where an actor is: a place of the geographic code, France, or another country. */
type Place = Gazetteer | 'FRANCE' | Country;

interface Located {
  actor: Mention;
  place: Place;
  view: SentenceView;
  confidence: number;
  /** Read from a place adjective ("la société toulousaine X"), which the press also uses for the neighbouring communes. */
  byAdjective?: boolean;
}

/**
 * Where the actors are, by actor key: a place adjective in the cue ("l'entreprise montpelliéraine X",
 * "Le Toulousain X"), a place in the name ("CHU de Toulouse", "Région Occitanie"), "régional" in the
 * cue (the document's region), a place after the name in its clause ("la société X à Toulouse",
 * "X investit … à Mauguio (34)"); the State is in France.
 */
function locations(views: SentenceView[], region: Gazetteer | undefined): Map<string, Located[]> {
  const found = new Map<string, Located[]>();
  const add = (located: Located) => {
    const list = found.get(located.actor.key) ?? [];
    const code = located.place === 'FRANCE' ? 'FR' : `${located.place.kind}:${located.place.code}`;
    if (list.some((l) => (l.place === 'FRANCE' ? 'FR' : `${l.place.kind}:${l.place.code}`) === code)) return;
    found.set(located.actor.key, [...list, located]);
  };
  for (const view of views) {
    const actors = view.mentions.filter(
      (m) =>
        (m.target === 'ACTOR' && m.kind !== 'PERSON' && m.kind !== 'INDUSTRY_SECTOR') ||
        (m.target === 'ACTOR' && m.kind === 'INDUSTRY_SECTOR'),
    );
    const countries = findCountries(view.reading.sentence);
    for (const actor of actors) {
      if (actor.name === 'État') {
        add({ actor, place: 'FRANCE', view, confidence: 0.7 });
        continue;
      }
      const inName = placeInName(actor.name);
      if (inName) add({ actor, place: inName, view, confidence: 0.85 });
      const adjective = view.reading.places.find(
        (p) =>
          p.cue === 'ADJECTIVE' &&
          p.end <= actor.start &&
          !view.mentions.some((m) => m !== actor && m.start >= p.end && m.end <= actor.start) &&
          // "les salariés toulousains de X": the adjective describes the people of a site, not where X is.
          ((actor.start - p.end <= 25 &&
            !/^\s*(?:de|du|des|d'|a|au|aux|par|pour|avec|chez|sur|vers)(?:\s|'|$)/.test(textBetween(view, p.end, actor.start)) &&
            // "brings the Balma-based firm into the X group": an English preposition between makes X another.
            !/\b(?:into|in|of|to|for|with|from|by|at|on)\s/.test(textBetween(view, p.end, actor.start))) ||
            adjectiveOfCueNoun(view, p, actor)),
      );
      if (adjective) add({ actor, place: adjective.place, view, confidence: 0.8, byAdjective: true });
      // "La société toulousaine …", "cette biotech labégeoise": the adjective right after a noun standing for a name.
      const adjectiveOfAnaphor =
        actor.cue === 'anaphor' &&
        view.reading.places.find(
          (p) => p.cue === 'ADJECTIVE' && p.start >= actor.end && /^\s+$/.test(textBetween(view, actor.end, p.start)),
        );
      if (adjectiveOfAnaphor) add({ actor, place: adjectiveOfAnaphor.place, view, confidence: 0.7, byAdjective: true });
      const nationality = countryBefore(view, countries, actor);
      if (nationality) add({ actor, place: nationality, view, confidence: 0.75 });
      if (region && /(?:^|\s)r[ée]gionale?s?\b/u.test(`${actor.cue} ${actor.name}`)) add({ actor, place: region, view, confidence: 0.6 });
      const apposed = apposedPlace(view, actor, countries);
      if (apposed) add({ actor, place: apposed, view, confidence: 0.8 });
      if (actor.kind === 'PUBLIC_AUTHORITY') continue;
      const after = view.reading.places.find(
        (p) =>
          (p.cue === 'PREPOSITION' || p.cue === 'DEPARTMENT_CODE') &&
          p.start >= actor.end &&
          p.start - actor.end <= 60 &&
          !/[.;:!?]|,\s*(?:qui|dont|et)\b/.test(view.folded.slice(local(view, actor.end), local(view, p.start))) &&
          // "son site de Mauguio, près de Montpellier": a place given as a landmark is not where the organisation is.
          !NEAR_BEFORE.test(view.folded.slice(Math.max(0, local(view, p.start) - 25), local(view, p.start))) &&
          !view.mentions.some((m) => m !== actor && m.start >= actor.end && m.end <= p.start && m.target === 'ACTOR'),
      );
      if (after) add({ actor, place: after.place, view, confidence: after.cue === 'DEPARTMENT_CODE' ? 0.8 : 0.7 });
    }
  }
  const subject = documentSubject(views);
  const dateline = datelinePlace(views);
  if (subject && dateline && views[0]?.mentions.some((m) => m.key === subject.key))
    add({ actor: subject, place: dateline.place, view: dateline.view, confidence: 0.55, byAdjective: true });
  for (const view of views) for (const stated of statedLocations(view, subject)) add(stated);
  for (const view of views) for (const placed of placesByShape(view)) add({ ...placed, view });
  for (const record of moneyRecords(views, subject)) for (const placed of labelledPlaces(record.lines, record.subject)) add(placed);
  // "dans le Gard : il est présent à Vauvert", "l'Hôpital Lozère, à Mende": a commune said in the same sentence wins over its département.
  for (const [key, list] of found) {
    const communes = list.filter((l) => l.place !== 'FRANCE' && l.place.kind === 'CITY');
    if (communes.length === 0) continue;
    found.set(
      key,
      list.filter(
        (l) =>
          !(
            l.place !== 'FRANCE' &&
            l.place.kind === 'DEPARTMENT' &&
            communes.some((c) => c.view === l.view && (c.place as Gazetteer).departmentCode === (l.place as Gazetteer).code)
          ),
      ),
    );
  }
  // A commune the text states ("basée à Labège") wins over the city its adjective names ("la société toulousaine X").
  for (const [key, list] of found) {
    const stated = list.some((l) => !l.byAdjective && l.place !== 'FRANCE' && l.place.kind === 'CITY');
    if (stated)
      found.set(
        key,
        list.filter((l) => !(l.byAdjective && l.place !== 'FRANCE' && l.place.kind === 'CITY')),
      );
  }
  return found;
}

/**
 * The commune of a dateline, the press's opening "Montpellier, 7 mars 2024." or "Toulouse.": where the news is written
 * from, which is where the organisation the document is about is unless a sentence states a commune (then it wins, as an
 * adjective's city does) and the title names it. Read in the first three sentences only.
 */
function datelinePlace(views: SentenceView[]): { place: Gazetteer; view: SentenceView } | undefined {
  for (const view of views.slice(0, 3)) {
    const place = view.reading.places[0];
    if (place?.place.kind !== 'CITY' || local(view, place.start) !== 0) continue;
    if (/^\s*(?:\(\d{2,3}\)\s*)?(?:,\s*[^.,;:]{3,30})?\.(?:\s|$)/.test(view.reading.sentence.text.slice(local(view, place.end))))
      return { place: place.place, view };
  }
  return undefined;
}

/** Labels of a fact sheet's line that give where the organisation is: "Location: Aramon", "Siège : Labège". */
const PLACE_LABEL =
  /^(?:location|localisation|lieu|siege(?: social)?|implantation|headquarters|head office|hq|based in|base|ville|city|adresse|address)$/;

/**
 * "- Location: Labège, near Toulouse (31)", "Siège : Balma": the commune a place label opens its value with is where the
 * record's organisation is (its first capitalised words read as after "à").
 */
function labelledPlaces(lines: SentenceView[], subject: Mention | undefined): Located[] {
  if (!subject) return [];
  const found: Located[] = [];
  for (const line of lines) {
    if (!isRecordLine(line) || !PLACE_LABEL.test(labelOf(line) ?? '')) continue;
    const value = /:\s*(?<name>\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*)*)/u.exec(line.reading.sentence.text)?.groups?.name;
    const place = value && findPlaces({ start: 0, end: value.length + 2, text: `à ${value}` })[0];
    if (place) found.push({ actor: subject, place: place.place, view: line, confidence: 0.7 });
  }
  return found;
}

/** Nouns naming an organisation, folded: "le groupe montpelliérain de cliniques X" puts X where its adjective says. */
const ORGANISATION_NOUN =
  /\b(?:groupe|societe|entreprise|start-?up|startup|jeune pousse|laboratoire|biotech|medtech|pme|eti|firme|clinique|editeur|fabricant|specialiste|industriel|cabinet)s?\s+$/;

/**
 * "le groupe montpelliérain de cliniques privées X", "la société toulousaine de biotechnologie X": a place adjective after
 * an organisation noun, then what the organisation does ("de" and up to three words, none a name), then its name.
 */
function adjectiveOfCueNoun(view: SentenceView, adjective: { start: number; end: number }, actor: Mention): boolean {
  const gap = textBetween(view, adjective.end, actor.start);
  return (
    ORGANISATION_NOUN.test(view.folded.slice(Math.max(0, local(view, adjective.start) - 30), local(view, adjective.start))) &&
    /^\s*(?:de|d')\s*[a-z-]+(?:\s+[a-z-]+){0,2}\s+$/.test(gap) &&
    !/\b(?:de|du|des|d|la|le|les|l|un|une|et|a)\s+$/.test(gap)
  );
}

/** A comma or bracket, then a cue word of place: "X, dans le Gard,", "X, à Montpellier,", "X (Labège)", "X (États-Unis)". */
const APPOSED_GAP = /^\s*(?:,|\()\s*(?:(?:a|au|aux|en|dans|in|at|near|based in)\s+)?(?:la |le |les |l')?$/;

/**
 * A place set right after a name between commas or brackets ("la communauté de communes X, dans le Gard, …",
 * "l'université X (États-Unis)"): where X is, public authorities included; the aside must close right after the place.
 */
function apposedPlace(view: SentenceView, actor: Mention, countries: CountryMention[]): Place | undefined {
  const places: { start: number; end: number; place: Place }[] = [
    ...view.reading.places.filter((p) => p.cue === 'PREPOSITION' || p.cue === 'DEPARTMENT_CODE' || p.cue === 'BRACKET'),
    ...countries.filter((c) => c.cue === 'PREPOSITION').map((c) => ({ start: c.start, end: c.end, place: asPlace(c.country) })),
  ];
  const next = places.filter((p) => p.start >= actor.end).sort((a, b) => a.start - b.start)[0];
  if (!next) return undefined;
  const gap = textBetween(view, actor.end, next.start);
  const close = view.folded.slice(local(view, next.end), local(view, next.end) + 3);
  // "(31)" after a commune belongs to the commune; the aside closes with the bracket it opened, or a comma, or the sentence.
  const closes = gap.includes('(') ? /^\s*(?:\(\d{2,3}\)\s*)?\)/.test(close) : /^\s*(?:\(\d{2,3}\)\s*)?(?:,|$|\.)/.test(close);
  return APPOSED_GAP.test(gap) && closes ? next.place : undefined;
}

/** Words before a place that make it a landmark: "près de Montpellier", "near Toulouse", "aux portes de Nîmes". */
const NEAR_BEFORE =
  /\b(?:pres|proche|a proximite|aux portes|non loin|near|close to|outside)(?:\s+(?:de|du|des|d'))?\s*(?:la |le |les |l')?$/;

/**
 * Words right before a place that say an organisation is there: "basée à", "implantée dans", "fondée en 2007 à", "dont le
 * siège est à", "based in", "dispose de bureaux à", "has offices in".
 */
const LOCATED_AT =
  /(?:\b(?:basee?s?|implantee?s?|installee?s?|situee?s?|etablie?s?|domiciliee?s?|localisee?s?|presente?s?|headquartered|based|located)|(?<!\b(?:a|ont|avait|has|have)\s)\b(?:fondee?s?|creee?s?|nee?s?|founded))(?:\s+(?:en|in|depuis)\s+\d{4})?\s+(?:a|au|aux|en|dans|sur|in|at)\s+(?:la |le |les |l')?$|\b(?:(?:son|sa|leur|its|their)\s+(?:siege(?: social)?|site|usine|head office|headquarters)(?:\s+(?!est\b|se\b)[a-z]+)?|dont le siege(?: social)? est)\s+(?:est\s+|se trouve\s+|se situe\s+|is\s+)?(?:a|au|en|dans|in|at)\s+(?:la |le |les |l')?$|\b(?:dispose|disposent|possede|possedent|has|have)\s+(?:de |d'|des |its |their )?(?:bureaux|antennes|agences|implantations|sites|offices|branches)\s+(?:a|au|aux|en|dans|in|at)\s+(?:la |le |les |l')?$/;

/**
 * Places a sentence says an organisation is at: after a location cue ("X, spécialisée dans …, installée à Y"),
 * fronted ("Basée à Y, la société X …"; "Fondée en 2007 à Y, l'entreprise …" is what the document is about), or
 * after an address's postcode ("X, 8 rue …, 31130 Balma").
 */
function statedLocations(view: SentenceView, subject: Mention | undefined): Located[] {
  const found: Located[] = [];
  const organisations = view.mentions.filter((m) => m.target === 'ACTOR' && m.kind !== 'PERSON' && m.kind !== 'PUBLIC_AUTHORITY');
  // A country after a location cue counts as a place: "basée en Suisse", "based in the United States".
  const countries = findCountries(view.reading.sentence)
    .filter((c) => c.cue === 'PREPOSITION')
    .map((c) => ({ start: c.start, end: c.end, cue: 'PREPOSITION' as const, place: asPlace(c.country) }));
  const places: { start: number; end: number; cue: string; place: Place }[] = [...view.reading.places, ...countries];
  for (const place of places) {
    const before = view.folded.slice(Math.max(0, local(view, place.start) - 60), local(view, place.start));
    const postcode = place.cue === 'POSTCODE';
    const cue = postcode ? null : LOCATED_AT.exec(before);
    if (!postcode && (!cue || (place.cue !== 'PREPOSITION' && place.cue !== 'DEPARTMENT_CODE'))) continue;
    const cueAt = postcode ? place.start : place.start - before.length + cue!.index;
    const opening = view.folded.slice(0, local(view, cueAt));
    let actor: Mention | undefined;
    if (!postcode && /^[\s"«“-]*$/.test(opening)) {
      // Fronted: the organisation opens the main clause after the comma, else it is what the document is about.
      const next = organisations.find((m) => m.start >= place.end && m.start - place.end <= 80);
      const clause =
        next &&
        /,\s*(?:\S+\s+){0,3}$/.test(textBetween(view, place.end, next.start)) &&
        !/[.;:]/.test(textBetween(view, place.end, next.start));
      actor = clause ? next : subject;
    } else {
      actor = [...organisations].reverse().find((m) => m.end <= cueAt && cueAt - m.end <= (postcode ? 120 : 160));
      if (
        actor &&
        view.mentions.some((m) => m !== actor && m.target === 'ACTOR' && m.kind !== 'PERSON' && m.start >= actor!.end && m.end <= cueAt)
      )
        actor = undefined;
    }
    if (!actor) continue;
    found.push({ actor, place: place.place, view, confidence: 0.8 });
    // "des bureaux à Toulouse, Montpellier et Bordeaux": the places listed after the first are the same organisation's.
    if (cue && /(?:bureaux|antennes|agences|implantations|sites|offices|branches)\s+\S+\s+(?:la |le |les |l')?$/.test(cue[0])) {
      let last = place.end;
      for (const next of view.reading.places.filter((p) => p.start > place.end).sort((a, b) => a.start - b.start)) {
        if (!/^\s*(?:,|et|and|,\s*et|,\s*and)\s*$/.test(textBetween(view, last, next.start))) break;
        found.push({ actor, place: next.place, view, confidence: 0.7 });
        last = next.end;
      }
    }
  }
  return found;
}

/** A place written inside a name: "CHU de Toulouse", "Université Paul Sabatier Toulouse III", "Région Occitanie", "filière Santé d'Occitanie". */
function placeInName(name: string): Gazetteer | undefined {
  if (!PLACE_IN_NAME.has(name)) PLACE_IN_NAME.set(name, readPlaceInName(name));
  return PLACE_IN_NAME.get(name);
}
/** Places in names, read once per name: a name comes back in many sentences and documents. */
const PLACE_IN_NAME = new Map<string, Gazetteer | undefined>();

function readPlaceInName(name: string): Gazetteer | undefined {
  const span = { start: 0, end: name.length, text: name };
  const bare = findPlaces(span).find((p) => p.start > 0)?.place ?? placeHeldInName(name);
  if (bare) return bare;
  const after =
    /(?:\s(?:de|du|d['’])\s*|^(?:Région|Département|Métropole|CHU|CHRU|Université|Universite)\s+)(?<place>\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)*)/u.exec(
      name,
    );
  if (!after) return undefined;
  const place = findPlaces({ start: 0, end: 0, text: `à ${after.groups!.place!}` })[0];
  return place && place.text.length === after.groups!.place!.length ? place.place : undefined;
}

/**
 * New actors: each candidate name the graph does not know (the rules' mentions and the capitalised sequences they did
 * not read), once, when the fitted name scorer gives it at least its threshold; the score is the proposal's confidence.
 * Its kind comes from its cue (COMPANY when none says), with its place and the existing actors it might duplicate.
 */
function actorProposals(
  views: SentenceView[],
  located: Map<string, Located[]>,
  placeRef: (place: Place) => NamedRef,
  linker: Linker,
): Draft<ActorProposal>[] {
  const kinds = new Map<string, string>();
  for (const view of views) for (const m of view.mentions) if (m.kind && !kinds.has(m.key)) kinds.set(m.key, m.kind);
  return actorCandidates(views).flatMap(({ name, key, mention, view, features }) => {
    const kind = kinds.get(key);
    // A name the rules read stays proposed whatever its score (fitted alone, the scorer lost true actors of the source
    // documents and recall on the held-out half); a capitalised sequence no rule read is proposed from the threshold, or
    // when its shape or its repetition vouches for it.
    const score = scoreCandidate(features);
    if (!mention && score < NAME_SCORER.threshold && !vouchedByShape(features)) return [];
    // No cue gave a kind: the name's own head says it ("… Cancer Institute", "IRT …", "Inserm"), else a company.
    const actorKind: ActorKind = (ACTOR_KINDS as readonly string[]).includes(kind ?? '')
      ? (kind as ActorKind)
      : (kindOfOwnName(displayName(name)) ?? 'COMPANY');
    const place = mention ? located.get(mention.key)?.[0]?.place : undefined;
    return [
      {
        kind: 'ACTOR',
        name: displayName(name),
        actorKind,
        place: place ? placeRef(place) : null,
        match: 'new',
        possibleDuplicates: linker.possibleDuplicates(name),
        sentence: sentenceRef(view),
        confidence: confidenceOf(score),
      },
    ];
  });
}

/** A name without the article a list left on it ("Les Laboratoires Pierre Fabre" -> "Laboratoires Pierre Fabre"). */
function displayName(name: string): string {
  return name.replace(/^(?:Les|La|Le|L['’])\s*(?=\p{Lu})/u, '');
}

/** Other names: "X (ex-Y)", "X, anciennement Y", "X (formerly Y)", an acronym in parentheses after a name. */
function aliasProposals(views: SentenceView[]): Draft<AliasProposal>[] {
  const drafts: Draft<AliasProposal>[] = [];
  for (const view of views) {
    for (const actor of view.mentions.filter((m) => m.target === 'ACTOR')) {
      const after = view.reading.sentence.text.slice(local(view, actor.end), local(view, actor.end) + 80);
      const former =
        /^\s*(?:\(\s*(?:ex-|ex\s|anciennement\s|formerly\s|précédemment\s)|,\s*(?:anciennement|ex-|formerly|previously known as|autrefois)\s*)(?<alias>\p{Lu}[\p{L}\d’'&.+-]*(?:\s+\p{Lu}[\p{L}\d’'&.+-]*){0,4})/u.exec(
          after,
        );
      // In capitals, or in small letters when the reading joined it to the name ("(Inserm)").
      const acronym =
        /^\s*\((?<alias>\p{Lu}[\p{Lu}\d&’'-]{1,9})\)/u.exec(after) ??
        (view.mentions.some((m) => m.cue === 'acronym of the name before' && m.key === actor.key && m.start > actor.start)
          ? /^\s*\((?<alias>\p{Lu}\p{Ll}[\p{L}\d]{1,8})\)/u.exec(after)
          : null);
      const alias = former?.groups?.alias ?? acronym?.groups?.alias;
      if (!alias || alias === actor.name) continue;
      drafts.push({
        kind: 'ALIAS',
        actor: refOf(actor),
        alias,
        sentence: sentenceRef(view),
        confidence: confidenceOf(former ? 0.85 : 0.75),
      });
    }
  }
  return drafts;
}
