import { NO_GRAPH_NAMES } from '../../../src/services/ingestion/linking/names';
import { prepareDocument, proposeFacts } from '../../../src/services/ingestion/pipeline';
import type { Proposal } from '../../../src/services/ingestion/proposals/contract';
import { isDateline, splitSentences } from '../../../src/services/ingestion/reading/sentences';

/** Genres the earlier rules never saw (wire datelines, question-and-answer lines, briefs) (helper F21w), in texts of our own. */
function ofKind<K extends Proposal['kind']>(text: string, kind: K, language: 'fr' | 'en' = 'fr'): Extract<Proposal, { kind: K }>[] {
  return proposeFacts({ document: prepareDocument({ text, language }), names: NO_GRAPH_NAMES }).proposals.filter(
    (p): p is Extract<Proposal, { kind: K }> => p.kind === kind,
  );
}
const actors = (text: string, language: 'fr' | 'en' = 'fr') => ofKind(text, 'ACTOR', language).map((a) => a.name);

describe('a wire dateline', () => {
  it('is a sentence of its own, with or without a year or an agency', () => {
    expect(splitSentences('NIMES, 3 mars 2024 (APM) – Dermexa rachète Cardiolex.').map((s) => s.text)).toEqual([
      'NIMES, 3 mars 2024 (APM) –',
      'Dermexa rachète Cardiolex.',
    ]);
    expect(splitSentences('ALBI (Reuters) - Dermexa ferme son site.').map((s) => s.text)[0]).toBe('ALBI (Reuters) -');
    expect(isDateline('SAINT-ÉTIENNE, 12 juin 2023 (AFP) –')).toBe(true);
  });

  it('names no actor, its agency included', () => {
    expect(actors('NIMES, 3 mars 2024 (APM) – Le groupe Dermexa Santé rachète la clinique des Oliviers.')).not.toContain('APM');
  });

  it('is not a heading in capitals before a dash, which names its subject', () => {
    expect(isDateline('GENOVEXA – la biotech lève 5 M€')).toBe(false);
    expect(splitSentences('GENOVEXA – la biotech nîmoise lève 5 M€.').length).toBe(1);
  });
});

describe('a one-word name said again as "la start-up", "le groupe", "l\'entreprise"', () => {
  it('is read as the subject of its sentence, first, after a fronted phrase or after a rubric', () => {
    expect(actors('Le salon ouvre lundi. Vexalia présente son robot. La start-up vise le marché américain.')).toContain('Vexalia');
    expect(actors('Du 4 au 6 mai, Vexalia expose à Berlin. Dans ses bagages, la jeune entreprise a glissé un capteur.')).toContain(
      'Vexalia',
    );
    expect(actors('Santé – Vexalia obtient un prêt de la banque. Le laboratoire nîmois va recruter.')).toContain('Vexalia');
  });

  it('is not read when the word opening the sentence is a word of the language (a number, a participle, a preposition)', () => {
    expect(actors('Le salon ouvre lundi. Soixante ans plus tard, on en parle. Le groupe fête son anniversaire.')).toEqual([]);
    expect(actors('Le salon ouvre lundi. Derrière ces chiffres, une équipe. La société recrute.')).toEqual([]);
    expect(actors('Le salon ouvre lundi. Fondée à Albi, elle a grandi. La start-up recrute.')).toEqual([]);
  });
});

describe('question-and-answer lines', () => {
  it('read no question word nor "C\'est" as a name', () => {
    const names = actors("C'est fait. Que gagne le groupe Dermexa Santé dans l'affaire ? Pourquoi la société a-t-elle vendu ?");
    expect(names).not.toContain('Que');
    expect(names).not.toContain("C'est");
    expect(names).not.toContain('Pourquoi');
  });
});
