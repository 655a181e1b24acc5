import { answerQuestion } from '../../services/ask/ask';
import { InvalidInputError } from '../../domain/errors';
import { MAX_ASK_CHOICES, MAX_QUESTION_LENGTH, MAX_QUESTION_WORDS, RANKED_RESULTS } from '../../domain/limits';
import type { Resolvers } from '../generated';
import { intInRange } from '../arguments';

export const askResolvers: Resolvers = {
  Query: {
    ask: async (_, { question, lang, first, choices }, ctx) => {
      if (question.length > MAX_QUESTION_LENGTH)
        throw new InvalidInputError(
          `question is limited to ${MAX_QUESTION_LENGTH} characters (got ${question.length}); ask one thing at a time.`,
          'question',
        );
      const words = question.match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length === 0)
        throw new InvalidInputError(
          'question holds no word: ask, for example, "qui finance HealthAge ?" or "which firms in bioproduction are tied to MedVallée".',
          'question',
        );
      if (words.length > MAX_QUESTION_WORDS)
        throw new InvalidInputError(
          `question is limited to ${MAX_QUESTION_WORDS} words (got ${words.length}); ask one thing at a time.`,
          'question',
        );
      if ((choices?.length ?? 0) > MAX_ASK_CHOICES)
        throw new InvalidInputError(`choices is limited to ${MAX_ASK_CHOICES} (got ${choices!.length}).`, 'choices');
      return answerQuestion(ctx.services, {
        question,
        lang,
        first: intInRange(first, RANKED_RESULTS, 'first'),
        choices: choices ?? [],
      });
    },
  },
  AskReading: {
    corrected: (reading) => reading.corrected,
    node: (reading) => reading.node ?? null,
    kind: (reading) => reading.kind ?? null,
  },
};
