import type { Vocabulary } from '../domain/vocabulary';
import { warmAskStatements } from '../services/ask/warmUp';
import type { ServiceContext } from '../services/context';

/** What the warm-up did: the statements' service calls, the questions asked, and how long each part took. */
export interface WarmUpReport {
  statements: { calls: number; failed: number; ms: number };
  questions: number;
  questionsMs: number;
  ms: number;
}

/** How many times the example questions are asked: V8 compiles a function for speed after a few runs, not the first. */
const QUESTION_ROUNDS = 2;

/**
 * Before the server says it is ready: every statement `ask` can build run once (Neo4j plans each text and
 * parameter types once, services/ask/warmUp.ts), then the vocabulary's example questions asked through the
 * server itself, so the reading code, the resolvers and the HTTP path are compiled by V8 before the first real question.
 */
export async function warmUp(args: { url: string; vocabulary: Vocabulary; services: ServiceContext }): Promise<WarmUpReport> {
  const started = performance.now();
  const statements = await warmAskStatements(args.services);
  const asking = performance.now();
  const questions = [...args.vocabulary.questions.examples.fr, ...args.vocabulary.questions.examples.en];
  for (let round = 0; round < QUESTION_ROUNDS; round++) {
    for (const question of questions) {
      await fetch(args.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'warm-up' },
        body: JSON.stringify({ query: 'query WarmUp($q: String!) { ask(question: $q) { status } }', variables: { q: question } }),
      }).catch(() => undefined); // a cold answer later is better than no server
    }
  }
  const now = performance.now();
  return {
    statements,
    questions: questions.length * QUESTION_ROUNDS,
    questionsMs: Math.round(now - asking),
    ms: Math.round(now - started),
  };
}
