import type { Vocabulary } from '../domain/vocabulary';

/**
 * Asks the vocabulary's example questions once through the server itself before it says it is ready, so the
 * first real question does not pay for Neo4j planning its statements and V8 compiling the reading code.
 */
export async function warmUp(args: { url: string; vocabulary: Vocabulary }): Promise<{ questions: number; ms: number }> {
  const started = performance.now();
  const questions = [...args.vocabulary.questions.examples.fr, ...args.vocabulary.questions.examples.en];
  for (const question of questions) {
    await fetch(args.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'warm-up' },
      body: JSON.stringify({ query: 'query WarmUp($q: String!) { ask(question: $q) { status } }', variables: { q: question } }),
    }).catch(() => undefined); // a cold answer later is better than no server
  }
  return { questions: questions.length, ms: Math.round(performance.now() - started) };
}
