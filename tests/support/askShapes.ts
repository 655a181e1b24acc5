import { loadVocabulary } from '../../src/domain/vocabulary';
import { matchShape, type Relation, shapesOf } from '../../src/services/ask/grammar';
import { spanText, tokenizeQuestion } from '../../src/services/ask/text';

const vocabulary = loadVocabulary();
const shapes = shapesOf(vocabulary);

/** What a question's exact shape reads: its operation, its relation and the words of each slot, as typed. */
export interface ShapeReading {
  operation: string;
  relation: Relation | undefined;
  ties: Relation['ties'] | undefined;
  direction: Relation['direction'] | undefined;
  a: string | undefined;
  b: string | undefined;
  f: string | undefined;
}

/** Reads a question with the exact shapes only, tokenized as `ask` tokenizes it; null when no shape matches. */
export function readShape(question: string): ShapeReading | null {
  const tokens = tokenizeQuestion(question, vocabulary.questions.texted ?? {});
  const match = matchShape(shapes, tokens);
  if (!match) return null;
  const slot = (name: 'a' | 'b' | 'f') => {
    const span = match.slots[name];
    return span ? spanText(question, tokens, span) : undefined;
  };
  const relation = match.shape.relation;
  return {
    operation: match.shape.operation,
    relation,
    ties: relation?.ties,
    direction: relation?.direction,
    a: slot('a'),
    b: slot('b'),
    f: slot('f'),
  };
}
