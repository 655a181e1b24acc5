import { answerQuestion } from '../../services/ask/ask';
import { badInput } from '../errors';
import type { Resolvers } from '../generated';
import { intInRange } from '../arguments';

/** Longer questions are not questions: a paragraph pasted by mistake, or an attempt to load the server. */
const MAX_QUESTION_LENGTH = 300;
const MAX_QUESTION_WORDS = 40;

export const askResolvers: Resolvers = {
  Query: {
    ask: async (_, { question, lang, first }, ctx) => {
      if (question.length > MAX_QUESTION_LENGTH) throw badInput(`question is limited to ${MAX_QUESTION_LENGTH} characters (got ${question.length}); ask one thing at a time.`, 'question');
      const words = question.match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length === 0) throw badInput('question holds no word: ask, for example, "qui finance HealthAge ?" or "which firms in bioproduction are tied to MedVallée".', 'question');
      if (words.length > MAX_QUESTION_WORDS) throw badInput(`question is limited to ${MAX_QUESTION_WORDS} words (got ${words.length}); ask one thing at a time.`, 'question');
      return answerQuestion(ctx.services, { question, lang, first: intInRange(first, 10, 1, 50, 'first') });
    },
  },
  AskReading: {
    corrected: (reading) => reading.corrected,
    node: (reading) => reading.node ?? null,
    kind: (reading) => reading.kind ?? null,
  },
};
