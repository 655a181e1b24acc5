import { findPlaces, type Gazetteer } from '../reading/places';
import { listFrom, local, textBetween } from './clauses';
import type { Mention, SentenceView } from './mentions';

/** An organisation and the commune, département or region a sentence's shape puts it in. */
export interface PlacedBy {
  actor: Mention;
  place: Gazetteer;
  confidence: number;
}

/**
 * Places stated by the shape of a sentence rather than by a location verb: a fronted place ("À Nîmes, l'institut
 * X teste …"), a place adjective after the name ("X, une société montpelliéraine"), a plural adjective before a
 * list ("des start-up toulousaines comme A, B et C", "des investisseurs parisiens : A et B"), and a city written
 * before a cue noun in English ("the Montpellier company X").
 */
export function placesByShape(view: SentenceView): PlacedBy[] {
  const organisations = view.mentions.filter((m) => m.target === 'ACTOR' && m.kind !== 'PERSON' && m.kind !== 'PUBLIC_AUTHORITY');
  return [
    ...frontedPlace(view, organisations),
    ...adjectiveAfter(view, organisations),
    ...adjectiveOverList(view),
    ...englishCityCue(view, organisations),
    ...cityOverEnglishList(view, organisations),
    ...nounOfPlace(view, organisations),
    ...createdAtPlace(view, organisations),
    ...placeOverList(view),
    ...siteByAdjective(view, organisations),
    ...basedAt(view, organisations),
    ...englishCityElsewhere(view, organisations),
  ];
}

/**
 * "Nîmes-based Exemplia", "the Toulouse-based start-up Exemplia": "-based" says where, with or without an article. The
 * commune is read here: joined to "-based" it may have been taken into the name before the mentions dropped it.
 */
function basedAt(view: SentenceView, organisations: Mention[]): PlacedBy[] {
  const found: PlacedBy[] = [];
  for (const actor of organisations) {
    const before = view.reading.sentence.text.slice(Math.max(0, local(view, actor.start) - 60), local(view, actor.start));
    const based = /(?:^|[\s("«“])(\p{Lu}[\p{L}'’-]*?)-based\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(before);
    if (!based) continue;
    const place = findPlaces({ start: 0, end: based[1]!.length + 2, text: `à ${based[1]}` })[0];
    if (place && place.text === based[1]) found.push({ actor, place: place.place, confidence: 0.7 });
  }
  return found;
}

/** Nouns for a plant or a site, folded: "l'usine gardoise", "son site héraultais", "sa plateforme tarnaise". */
const SITE_NOUN =
  '(?:site|usine|unite de production|etablissement|plateforme|laboratoire|centre de production|entrepot|implantation|plant|facility)';

/**
 * "l'usine héraultaise de X", "le site gardois d'X" (a département's adjective: a city's makes a site of its own, see
 * sites.ts), "X agrandit son site gardois" (any place adjective): the organisation whose site it is has a place there.
 * The owner after "de" is the name right after; the owner of "son / sa / ses" is the nearest organisation before it.
 */
function siteByAdjective(view: SentenceView, organisations: Mention[]): PlacedBy[] {
  const found: PlacedBy[] = [];
  for (const adjective of view.reading.places.filter((p) => p.cue === 'ADJECTIVE')) {
    const before = view.folded.slice(Math.max(0, local(view, adjective.start) - 40), local(view, adjective.start));
    const site = new RegExp(
      String.raw`(?:^|[\s'])(?<article>l'|le|la|les|son|sa|ses|leur|leurs)\s*(?:nouv\w+\s+|futur\w*\s+|premi\w+\s+)?${SITE_NOUN}s?\s+$`,
    ).exec(before);
    if (!site) continue;
    if (/^(?:son|sa|ses|leur|leurs)$/.test(site.groups!.article!)) {
      const owner = [...organisations].reverse().find((m) => m.end <= adjective.start);
      // Only across plain words: a comma, a "de" or another name between would make it another's site.
      if (owner && !/[,;:()]|\b(?:de|du|des|d'|avec|et)\s/.test(textBetween(view, owner.end, adjective.start)))
        found.push({ actor: owner, place: adjective.place, confidence: 0.6 });
      continue;
    }
    if (adjective.place.kind !== 'DEPARTMENT') continue;
    const owner = organisations.find((m) => m.start >= adjective.end);
    if (owner && /^\s+(?:de|du|d')\s*(?:la |l'|le )?(?:[a-z-]+\s+)?$/.test(textBetween(view, adjective.end, owner.start)))
      found.push({ actor: owner, place: adjective.place, confidence: 0.65 });
  }
  return found;
}

/** Nouns for an organisation or a site, folded, as the press sets them in an apposition ("X, une start-up de Y"). */
const ORGANISATION_NOUN = `(?:societe|entreprise|start-?up|startup|jeune pousse|biotech|medtech|pme|eti|tpe|firme|filiale|groupe|structure|laboratoire|usine|clinique|incubateur|bio-incubateur|pepiniere|centre|institut|plateforme|fabricant|editeur|specialiste|industriel|cabinet|association)s?`;

/** "X, entreprise de Montpellier", "X, une start-up basée à Y": the apposition's noun puts X in the place that follows it. */
function nounOfPlace(view: SentenceView, organisations: Mention[]): PlacedBy[] {
  const found: PlacedBy[] = [];
  const apposition = new RegExp(
    String.raw`^\s*,\s*(?:(?:un|une|la|le|l')\s*)?(?:(?:jeune|petite|nouvelle|grande)\s+)?${ORGANISATION_NOUN}(?:\s+[a-z-]+){0,2}?\s+(?:de|d'|basee?s? a|installee?s? a|implantee?s? a)\s*$`,
  );
  for (const place of view.reading.places.filter((p) => p.cue !== 'ADJECTIVE')) {
    const actor = [...organisations].reverse().find((m) => m.end <= place.start);
    if (actor && apposition.test(textBetween(view, actor.end, place.start))) found.push({ actor, place: place.place, confidence: 0.7 });
  }
  return found;
}

/** "il crée à Montpellier une nouvelle entreprise, X", "fonde en 2019 à Y sa start-up X": a creation verb, the place, then the new organisation. */
function createdAtPlace(view: SentenceView, organisations: Mention[]): PlacedBy[] {
  const found: PlacedBy[] = [];
  const then = new RegExp(
    String.raw`^\s+(?:(?:sa|son|une|un|la|le|l')\s*)?(?:(?:nouvelle|nouvel|propre|premiere|premier|jeune)\s+)?${ORGANISATION_NOUN}\s*,?\s*(?:(?:baptisee?|nommee?|appelee?)\s+)?$`,
  );
  for (const place of view.reading.places.filter((p) => p.cue === 'PREPOSITION' || p.cue === 'DEPARTMENT_CODE')) {
    const before = view.folded.slice(Math.max(0, local(view, place.start) - 50), local(view, place.start));
    if (
      !/\b(?:cree|creent|fonde|fondent|lance|lancent|installe|implante|ouvre|monte)(?:\s+en\s+\d{4})?\s+(?:a|au|en|dans)\s+(?:la |le |l')?$/.test(
        before,
      )
    )
      continue;
    const actor = organisations.find((m) => m.start >= place.end);
    if (actor && then.test(textBetween(view, place.end, actor.start))) found.push({ actor, place: place.place, confidence: 0.7 });
  }
  return found;
}

/**
 * "Toulouse ne compte que trois biotechs cotées : A, B et C", "Montpellier accueille deux laboratoires : A et B": a
 * commune opening the sentence as the subject of a verb of holding, then a list after the colon; every name listed is there.
 */
function placeOverList(view: SentenceView): PlacedBy[] {
  const place = view.reading.places.find((p) => p.place.kind === 'CITY' && local(view, p.start) <= 3);
  if (!place || !/^[\s"«“]*(?:a\s+)?$/.test(view.folded.slice(0, local(view, place.start)))) return [];
  const after = view.folded.slice(local(view, place.end));
  const holds =
    /^\s+(?:ne\s+|n')?(?:[a-z]+\s+)?(?:compte|accueille|abrite|rassemble|reunit|heberge|concentre|possede)\b[^:.;]{0,100}:/.exec(after);
  if (!holds) return [];
  const listAt = place.end + holds[0].length;
  const first = view.mentions.find((m) => m.start >= listAt && m.target === 'ACTOR');
  if (!first || !/^\s*(?:(?:la|le|les|l'|un|une)\s*)?(?:[a-z-]+\s+){0,2}$/.test(textBetween(view, listAt, first.start))) return [];
  return listFrom(view, first, 'ACTOR')
    .filter((m) => m.kind !== 'PERSON' && m.kind !== 'PUBLIC_AUTHORITY')
    .map((actor) => ({ actor, place: place.place, confidence: 0.65 }));
}

/**
 * "À Toulouse, X, fondée par …", "In Escalquens (Haute-Garonne) the start-up X", "À Albi, dans le Tarn, la société X": the
 * first organisation of the main clause is there.
 */
function frontedPlace(view: SentenceView, organisations: Mention[]): PlacedBy[] {
  const opening = /^[\s"«“-]*(?:a|en|dans|depuis|in)\s+(?:la |le |les |l')?$/;
  // "À Toulouse (31), le pôle X …": the commune with its département number is fronted the same way.
  const place = view.reading.places.find(
    (p) => (p.cue === 'PREPOSITION' || p.cue === 'DEPARTMENT_CODE') && opening.test(view.folded.slice(0, local(view, p.start))),
  );
  if (!place) return [];
  const actor = organisations.find((m) => m.start >= place.end);
  if (!actor) return [];
  // The comma (or bracket) closing the fronted place, then at most a cue noun and its adjective before the name.
  const gap = textBetween(view, place.end, actor.start);
  // "le pôle de compétitivité X": a cue noun and its complement; "À Albi, dans le Tarn, la société X": its département after it.
  return /^\s*(?:\([^)]{0,30}\))?\s*(?:,\s*(?:dans|en|in)\s+(?:la |le |les |l'|the )?[a-z'-]+(?:\s[a-z'-]+)?\s*)?,?\s*(?:(?:l'|la |le |les |the |un |une )?(?:[a-z-]+\s+){0,2}(?:de |d')?(?:[a-z-]+\s+)?)?$/.test(
    gap,
  ) && /[,)]/.test(gap)
    ? [{ actor, place: place.place, confidence: 0.7 }]
    : [];
}

/**
 * "X, une société montpelliéraine", "X (TTT), la société de transfert toulousaine" (from X or from TTT), "X, institut
 * toulousain": an adjective of place describing the name before it.
 */
function adjectiveAfter(view: SentenceView, organisations: Mention[]): PlacedBy[] {
  const found: PlacedBy[] = [];
  for (const adjective of view.reading.places.filter((p) => p.cue === 'ADJECTIVE')) {
    const actor = [...organisations].reverse().find((m) => m.end <= adjective.start);
    if (!actor) continue;
    const gap = textBetween(view, actor.end, adjective.start);
    // The apposition has its article, or opens with a noun of organisation ("X, institut toulousain dédié à …").
    if (
      // "X, a Toulouse-based biotech": the English article before a "-based" place.
      new RegExp(
        String.raw`^\)?\s*(?:\([^)]{0,15}\)\s*)?,\s*(?:(?:un|une|la|le|l')\s*|(?:a|an|the)\s+|${ORGANISATION_NOUN}\b)[a-z' -]{0,45}$`,
      ).test(gap) &&
      !/\b(?:de|du|des|d')\s*$/.test(gap)
    )
      found.push({ actor, place: adjective.place, confidence: 0.7 });
  }
  return found;
}

/** "Cinq jeunes pousses montpelliéraines comme A, B et C", "des investisseurs parisiens : A et B": every name listed is there. */
function adjectiveOverList(view: SentenceView): PlacedBy[] {
  const found: PlacedBy[] = [];
  for (const adjective of view.reading.places.filter((p) => p.cue === 'ADJECTIVE' && /s$/.test(p.text))) {
    const first = view.mentions.find((m) => m.start >= adjective.end && m.target === 'ACTOR');
    if (!first) continue;
    const gap = textBetween(view, adjective.end, first.start);
    if (!/^\s*(?::|comme|dont|tels? que|telles? que|parmi lesquel\w*)\s*(?:l'|la |le |les )?(?:[a-z-]+\s+){0,3}$/.test(gap)) continue;
    for (const actor of listFrom(view, first, 'ACTOR'))
      if (actor.kind !== 'PERSON' && actor.kind !== 'PUBLIC_AUTHORITY') found.push({ actor, place: adjective.place, confidence: 0.65 });
  }
  return found;
}

/**
 * "from Paris investors: A, B and C", "three Montpellier companies: A, B and C": a commune (read here, as after "à") before
 * a plural noun of organisations, then the list after the colon; every name listed is there.
 */
function cityOverEnglishList(view: SentenceView, organisations: Mention[]): PlacedBy[] {
  const found: PlacedBy[] = [];
  const text = view.reading.sentence.text;
  for (const cue of text.matchAll(
    /(?<![\p{L}-])(?<city>\p{Lu}[\p{L}'’-]*)\s+(?:\p{Ll}[\p{L}-]*\s+)?(?:investors|funds|companies|firms|start-?ups|startups|biotechs|medtechs|laboratories|labs)\s*:\s*/gu,
  )) {
    const city = cue.groups!.city!;
    const place = findPlaces({ start: 0, end: city.length + 2, text: `à ${city}` })[0];
    if (!place || place.text !== city || place.place.kind !== 'CITY') continue;
    const listAt = view.reading.sentence.start + cue.index + cue[0].length;
    const first = organisations.find((m) => m.start >= listAt);
    // The first of the list may be a name not read ("the Omnes fund, B and C").
    if (!first || !/^(?:the |a |an )?(?:[a-z-]+\s+){0,3}(?:[a-z-]+\s*,\s*)?$/.test(textBetween(view, listAt, first.start))) continue;
    for (const listed of listFrom(view, first, 'ACTOR'))
      if (listed.kind !== 'PERSON' && listed.kind !== 'PUBLIC_AUTHORITY')
        found.push({ actor: listed, place: place.place, confidence: 0.65 });
  }
  return found;
}

/** English nouns for an organisation, as the business press sets them after a city ("Toulouse biotech X"). */
const ENGLISH_NOUN =
  '(?:company|firm|start-?up|startup|biotech|medtech|group|laboratory|lab|clinic|manufacturer|specialist|incubator|developer|maker|spin-?off|pharma|subsidiary)';

/**
 * "the Montpellier company Vogo", "The Toulouse start-up Hygia": a commune written before an English cue noun and the name;
 * "Vogo, the Montpellier company that …": the same words set after the name.
 */
function englishCityCue(view: SentenceView, organisations: Mention[]): PlacedBy[] {
  const found: PlacedBy[] = [];
  for (const place of view.reading.places.filter((p) => p.place.kind === 'CITY')) {
    const before = view.folded.slice(0, local(view, place.start));
    const actor = organisations.find((m) => m.start >= place.end);
    const gap = actor ? textBetween(view, place.end, actor.start) : '';
    // "Toulouse company Exemplia …" opening the sentence: with no article, only a noun of organisation may come between.
    if (actor && /^[\s"«“-]*$/.test(before) && new RegExp(`^\\s+(?:[a-z-]+\\s+){0,2}${ENGLISH_NOUN}\\s+$`).test(gap))
      found.push({ actor, place: place.place, confidence: 0.7 });
    if (!/\b(?:the|a|an)\s+$/.test(before.slice(-6))) continue;
    if (actor && /^\s+(?:[a-z-]+\s+){1,2}$/.test(gap)) found.push({ actor, place: place.place, confidence: 0.7 });
    const named = [...organisations].reverse().find((m) => m.end <= place.start);
    if (
      named &&
      /^\s*(?:\([^)]{0,15}\)\s*)?,\s*(?:the|a|an)\s+$/.test(textBetween(view, named.end, place.start)) &&
      /^\s+[a-z-]{3,}/.test(view.folded.slice(local(view, place.end), local(view, place.end) + 20))
    )
      found.push({ actor: named, place: place.place, confidence: 0.7 });
  }
  return found;
}

/**
 * "the Marseille company Capsum", "a Lyon biotech, Exemplia": a commune outside the region (not read bare) written after an
 * English article and before a cue noun; read here as after "à", for communes of 20,000 people or more only.
 */
function englishCityElsewhere(view: SentenceView, organisations: Mention[]): PlacedBy[] {
  const found: PlacedBy[] = [];
  const text = view.reading.sentence.text;
  for (const cue of text.matchAll(
    new RegExp(
      String.raw`(?<![\p{L}])(?:the|a|an|The|A|An)\s+(?<city>\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*)\s+(?:[a-z-]+\s+){0,2}?${ENGLISH_NOUN}s?\s*,?\s+`,
      'gu',
    ),
  )) {
    const city = cue.groups!.city!;
    if (view.reading.places.some((p) => p.text === city)) continue;
    const place = findPlaces({ start: 0, end: city.length + 2, text: `à ${city}` })[0];
    if (!place || place.text !== city || place.place.kind !== 'CITY' || (place.place.population ?? 0) < 20_000) continue;
    const after = view.reading.sentence.start + cue.index + cue[0].length;
    const actor = organisations.find((m) => m.start === after);
    if (actor) found.push({ actor, place: place.place, confidence: 0.7 });
  }
  return found;
}
