import { distance } from 'fastest-levenshtein';
import type { Lang, Vocabulary } from '../../domain/vocabulary';
import { matchShape, shapesOf } from './grammar';
import type { AskOperationName } from './interpretation';
import { fold, type Token, tokenize } from './text';

/** How many example questions a question that was not understood is answered with. */
const SUGGESTIONS = 3;

/** The example questions nearest to this one: same operation first, then most shared words, then fewest edits. */
export function closestExamples(
  vocabulary: Vocabulary,
  lang: Lang,
  tokens: readonly Token[],
  operation: AskOperationName | null,
): string[] {
  const words = new Set(tokens.map((t) => t.folded));
  const asked = tokens.map((t) => t.folded).join(' ');
  const shapes = shapesOf(vocabulary);
  return vocabulary.questions.examples[lang === 'FR' ? 'fr' : 'en']
    .map((example, order) => {
      const exampleTokens = tokenize(example);
      const sameOperation = operation !== null && matchShape(shapes, exampleTokens)?.shape.operation === operation ? 1 : 0;
      const shared = exampleTokens.filter((t) => words.has(t.folded)).length;
      return { example, sameOperation, shared, edits: distance(fold(example), asked), order };
    })
    .sort((x, y) => y.sameOperation - x.sameOperation || y.shared - x.shared || x.edits - y.edits || x.order - y.order)
    .slice(0, SUGGESTIONS)
    .map((entry) => entry.example);
}
