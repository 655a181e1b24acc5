import type { Gazetteer } from '../reading/places';
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
  ];
}

/** "À Toulouse, X, fondée par …", "In Escalquens (Haute-Garonne) the start-up X": the first organisation of the main clause is there. */
function frontedPlace(view: SentenceView, organisations: Mention[]): PlacedBy[] {
  const opening = /^[\s"«“-]*(?:a|en|dans|in)\s+(?:la |le |les |l')?$/;
  const place = view.reading.places.find((p) => p.cue === 'PREPOSITION' && opening.test(view.folded.slice(0, local(view, p.start))));
  if (!place) return [];
  const actor = organisations.find((m) => m.start >= place.end);
  if (!actor) return [];
  // The comma (or bracket) closing the fronted place, then at most a cue noun and its adjective before the name.
  const gap = textBetween(view, place.end, actor.start);
  return /^\s*(?:\([^)]{0,30}\))?\s*,?\s*(?:(?:l'|la |le |les |the |un |une )?(?:[a-z-]+\s+){0,2})?$/.test(gap) && /[,)]/.test(gap)
    ? [{ actor, place: place.place, confidence: 0.7 }]
    : [];
}

/** "X, une société montpelliéraine", "X (TTT), la société de transfert toulousaine" (from X or from TTT): an adjective of place describing the name before it. */
function adjectiveAfter(view: SentenceView, organisations: Mention[]): PlacedBy[] {
  const found: PlacedBy[] = [];
  for (const adjective of view.reading.places.filter((p) => p.cue === 'ADJECTIVE')) {
    const actor = [...organisations].reverse().find((m) => m.end <= adjective.start);
    if (!actor) continue;
    const gap = textBetween(view, actor.end, adjective.start);
    if (/^\)?\s*(?:\([^)]{0,15}\)\s*)?,\s*(?:un|une|la|le|l')\s*[a-z' -]{0,45}$/.test(gap) && !/\b(?:de|du|des|d')\s*$/.test(gap))
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
 * "the Montpellier company Vogo", "The Toulouse start-up Hygia": a commune written before an English cue noun and the name;
 * "Vogo, the Montpellier company that …": the same words set after the name.
 */
function englishCityCue(view: SentenceView, organisations: Mention[]): PlacedBy[] {
  const found: PlacedBy[] = [];
  for (const place of view.reading.places.filter((p) => p.place.kind === 'CITY')) {
    if (!/\b(?:the|a|an)\s+$/.test(view.folded.slice(Math.max(0, local(view, place.start) - 6), local(view, place.start)))) continue;
    const actor = organisations.find((m) => m.start >= place.end);
    if (actor && /^\s+(?:[a-z-]+\s+){1,2}$/.test(textBetween(view, place.end, actor.start)))
      found.push({ actor, place: place.place, confidence: 0.7 });
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
