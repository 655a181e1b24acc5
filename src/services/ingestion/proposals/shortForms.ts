import type { Mention, SentenceView } from './mentions';

/**
 * Short forms: the press names a body in full once ("la Métropole de Montpellier", "le CHRU de Montpellier") and then,
 * or already in its headline, by its head alone ("la Métropole", "le CHRU"). A head alone stands for the one body of the
 * document named in full with that head; with two (two CHU named) or none, it stands for no one.
 */

/** Each head the press writes alone, and the full names it may stand for. */
const HEADS: { head: RegExp; full: RegExp }[] = [
  { head: /^(?:Métropole|Metropole)$/u, full: /^(?:Métropole|Metropole)\s+\S|\S\s+(?:Métropole|Metropole)$/u },
  { head: /^(?:CHU|CHRU)$/u, full: /^(?:CHU|CHRU)\s+\S/u },
  { head: /^(?:Université|Universite)$/u, full: /^(?:Université|Universite)\s+\S/u },
  { head: /^Institut$/u, full: /^Institut\s+\S/u },
  { head: /^(?:Agglomération|Agglo)$/u, full: /^(?:Agglomération|Agglo|Communauté d'agglomération)\s+\S|\S\s+(?:Agglomération|Agglo)$/u },
  { head: /^(?:Technopole|Technopôle)$/u, full: /^(?:Technopole|Technopôle)\s+\S|\S\s+(?:Technopole|Technopôle)$/u },
];

/**
 * A head alone after its article: "la Métropole", "du CHRU", "l'Université", not followed by its complement ("la
 * Métropole de Montpellier") or a name ("le CHU Carémeau").
 */
const HEAD_ALONE =
  /(?<![\p{L}\d])(?:le|la|l['’]|du|au|Le|La|L['’]|Du|Au)\s*(Métropole|Metropole|CHU|CHRU|Université|Universite|Institut|Agglomération|Agglo|Technopole|Technopôle)(?![\p{L}\d'’-])(?!\s+(?:de|d['’]|du|des)[\s'’])(?!\s+\p{Lu})/gu;

/** A mention that is a head alone, with or without its article ("La Métropole" read at a headline's start). */
function bareHead(mention: Mention): string | undefined {
  const name = mention.name.replace(/^(?:la|le|l['’]|the)\s*/iu, '').trim();
  return HEADS.some(({ head }) => head.test(name)) ? name : undefined;
}

/** The one body the document names in full with this head, else undefined (none, or two of them). */
function fullNameOf(head: string, named: Mention[]): Mention | undefined {
  const family = HEADS.find((h) => h.head.test(head));
  if (!family) return undefined;
  const bodies = new Map<string, Mention>();
  for (const m of named) if (family.full.test(m.name) && !bodies.has(m.key)) bodies.set(m.key, m);
  return bodies.size === 1 ? [...bodies.values()][0] : undefined;
}

/** The views with each head alone standing for the body named in full with that head (new mentions where none was read). */
export function withShortForms(views: SentenceView[]): SentenceView[] {
  const named = views
    .flatMap((v) => v.mentions)
    .filter((m) => m.target === 'ACTOR' && m.kind !== 'PERSON' && m.cue !== 'anaphor' && bareHead(m) === undefined);
  const standFor = (short: Mention, body: Mention): Mention => ({
    ...body,
    start: short.start,
    end: short.end,
    text: short.text,
    cue: 'short form',
    confidence: Math.min(body.confidence, 0.75),
  });
  return views.map((view) => {
    let changed = false;
    const mentions = view.mentions.map((m) => {
      const head = m.target === 'ACTOR' ? bareHead(m) : undefined;
      const body = head ? fullNameOf(head, named) : undefined;
      if (!body) return m;
      changed = true;
      return standFor(m, body);
    });
    const { text, start } = view.reading.sentence;
    for (const match of text.matchAll(HEAD_ALONE)) {
      const headStart = start + match.index + match[0].length - match[1]!.length;
      const headEnd = headStart + match[1]!.length;
      if (mentions.some((m) => m.start < headEnd && m.end > headStart)) continue;
      const body = fullNameOf(match[1]!, named);
      if (!body) continue;
      changed = true;
      mentions.push(standFor({ ...body, start: headStart, end: headEnd, text: match[1]! }, body));
    }
    return changed ? { ...view, mentions: mentions.sort((a, b) => a.start - b.start) } : view;
  });
}
