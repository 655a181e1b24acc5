import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * The examples of a Markdown page, and the rule that compares an example's written answer with the
 * real one. A page's examples cannot drift: tests/integration/apiExamples.test.ts runs each one.
 *
 * An example is a ```graphql block followed (blank lines aside) by a ```json block: its answer.
 * `graphql curator` sends the request with a curator's key. Any other fence (```sh, ```text) is
 * shown, never run. The json block is the answer's `data`, or, when the answer has errors, the
 * whole body (`{"errors": [...], "data": ...}`). It must equal the answer exactly, with two
 * allowances for trimmed outputs:
 *   - a string ending in "…" matches any string that starts with what comes before the "…";
 *   - a number matches the answer's number rounded to the decimals written (0.1713 matches
 *     0.171284…; 5.60 needs two decimals; an integer matches only that integer).
 * Objects have exactly the keys written, lists exactly the items written, in the same order.
 */
export interface DocExample {
  /** Where the example starts, as `docs/API.md:42`. */
  where: string;
  query: string;
  /** The json block as written. */
  answer: string;
  asCurator: boolean;
}

const FENCE = /^```(\S*)(.*)$/;

/** Every graphql example of a Markdown file, in page order; throws if one has no json answer. */
export function readDocExamples(file: string, root: string): DocExample[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const name = relative(root, file);
  const blocks: { language: string; info: string; line: number; closed: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    while (++i < lines.length && !lines[i]!.startsWith('```')) body.push(lines[i]!);
    blocks.push({ language: open[1]!, info: open[2]!.trim(), line: start + 1, closed: i + 1, text: body.join('\n') });
  }
  const examples: DocExample[] = [];
  blocks.forEach((block, index) => {
    if (block.language !== 'graphql') return;
    const next = blocks[index + 1];
    const between = next ? lines.slice(block.closed, next.line - 1) : [];
    if (next?.language !== 'json' || between.some((line) => line.trim() !== '')) {
      throw new Error(`${name}:${block.line}: a graphql example must be followed by a json block with its answer`);
    }
    examples.push({ where: `${name}:${block.line}`, query: block.text, answer: next.text, asCurator: block.info === 'curator' });
  });
  return examples;
}

const NUMBER_MARK = '\u0000';

/** Parses a json block, keeping each number as written (its decimals are the precision to compare). */
export function parseWrittenAnswer(text: string): unknown {
  const marked = text.replace(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g, (token) =>
    token.startsWith('"') ? token : `"\\u0000${token}"`,
  );
  return JSON.parse(marked);
}

/** The differences between a written answer and a real one, each as `path: written …, got …`; none when they match. */
export function answerDifferences(written: unknown, actual: unknown, path = '$'): string[] {
  const show = (value: unknown) =>
    JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' && v.startsWith(NUMBER_MARK) ? Number(v.slice(1)) : v))?.slice(
      0,
      200,
    );
  const differ = () => [`${path}: written ${show(written)}, got ${show(actual)}`];
  if (typeof written === 'string' && written.startsWith(NUMBER_MARK)) {
    const text = written.slice(1);
    if (typeof actual !== 'number') return differ();
    const decimals = /\.(\d+)$/.exec(text)?.[1]?.length ?? 0;
    const same = /[eE]/.test(text) ? actual === Number(text) : actual.toFixed(decimals) === text;
    return same ? [] : [`${path}: written ${text}, got ${show(actual)}`];
  }
  if (typeof written === 'string') {
    if (written === actual) return [];
    const prefix = written.endsWith('…') ? written.slice(0, -1) : undefined;
    return prefix && typeof actual === 'string' && actual.startsWith(prefix) ? [] : differ();
  }
  if (Array.isArray(written)) {
    if (!Array.isArray(actual)) return differ();
    if (written.length !== actual.length) return [`${path}: written ${written.length} items, got ${actual.length}: ${show(actual)}`];
    return written.flatMap((item, i) => answerDifferences(item, actual[i], `${path}[${i}]`));
  }
  if (written !== null && typeof written === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return differ();
    const keys = new Set([...Object.keys(written), ...Object.keys(actual)]);
    return [...keys].flatMap((key) =>
      key in written && key in actual
        ? answerDifferences((written as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], `${path}.${key}`)
        : [
            `${path}.${key}: ${key in written ? 'written but absent from the answer' : `in the answer (${show((actual as Record<string, unknown>)[key])}) but not written`}`,
          ],
    );
  }
  return written === actual ? [] : differ();
}
