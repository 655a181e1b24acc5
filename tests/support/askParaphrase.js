/**
 * Meaning-preserving variants of a question (scripts/askParaphraseCheck.js, tests/integration/askParaphrase.test.ts):
 * the same question wrapped in politeness or framing, typed without its question mark, in lower case or capitals, with
 * extra spaces or without accents, with one typo in a word that is no name, with `est-ce que` in or out, `quels sont
 * les` said otherwise, `what` for `which`. `ask` should give each the answer it gives the original.
 * Plain CommonJS so the script can load it without a build; its types are in askParaphrase.d.ts.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { parse } = require('yaml');
const { resultIds } = require('./askJudge');

const fold = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const WORD = /[\p{L}\p{N}]+/gu;

/** The question's language, from its function words (enough to choose a wrapper in the same language); null when they do not say. */
const FRENCH = new Set(
  'le la les des du de un une et est sont qui quoi quel quels quelle quelles ou combien dans par pour avec sur a au aux en ce c qu'.split(
    ' ',
  ),
);
const ENGLISH = new Set('the a an of and is are who what which where how many much in by for with on does did do has have to'.split(' '));
function languageOf(question) {
  let french = 0;
  let english = 0;
  for (const word of fold(question).match(WORD) ?? []) {
    if (FRENCH.has(word)) french++;
    if (ENGLISH.has(word)) english++;
  }
  return english > french ? 'en' : french > english ? 'fr' : null;
}

/** Words of the reader's own vocabulary (seeds/vocabulary.yaml) that are in no name of the seeds: a typo there misspells no name. */
const typoWords = (() => {
  const seeds = join(__dirname, '..', '..', 'seeds');
  const nameWords = new Set();
  for (const file of ['actors.yaml', 'domains.yaml', 'places.yaml', 'programmes.yaml'])
    for (const node of parse(readFileSync(join(seeds, file), 'utf8')) ?? [])
      for (const name of [node.name, node.nameEn, ...(node.aliases ?? [])].filter(Boolean))
        for (const word of fold(String(name)).match(WORD) ?? []) nameWords.add(word);
  const words = new Set();
  for (const word of fold(readFileSync(join(seeds, 'vocabulary.yaml'), 'utf8')).match(WORD) ?? [])
    if (word.length >= 6 && /^[a-z]+$/.test(word) && !nameWords.has(word)) words.add(word);
  return words;
})();

/** The question with one letter dropped from its longest lower-case word of the vocabulary (`entreprises` → `entreprses`). */
function withTypo(question) {
  let chosen = null;
  for (const m of question.matchAll(WORD)) {
    const word = m[0];
    if (word !== word.toLowerCase() || !typoWords.has(fold(word))) continue;
    if (!chosen || word.length > chosen[0].length) chosen = m;
  }
  if (!chosen) return null;
  // A letter two thirds in, never the first or last: where typing slips.
  const drop = Math.floor((chosen[0].length * 2) / 3);
  const typo = chosen[0].slice(0, drop) + chosen[0].slice(drop + 1);
  return question.slice(0, chosen.index) + typo + question.slice(chosen.index + chosen[0].length);
}

const bare = (question) => question.trim().replace(/\s*[?？]+\s*$/, '');
/** Words that open a question and are no name: lower-cased after a wrapper (`Bonjour, … quels sont …`); a name keeps its capital. */
const OPENING_WORDS = new Set(
  'qui que quoi quel quels quelle quelles ou combien comment quand pourquoi est liste les le la des y a donne who what which where how when why is are does did do list show give'.split(
    ' ',
  ),
);
const lowerFirst = (text) => {
  const first = text.match(WORD)?.[0] ?? '';
  return OPENING_WORDS.has(fold(first)) ? text[0].toLowerCase() + text.slice(1) : text;
};

/** `est-ce que` taken out, or put in after a question word that opens the question. */
function estCeQue(question) {
  const q = bare(question);
  if (/\best[- ]ce qu/i.test(q)) {
    const without = q
      .replace(/\b(qui) est[- ]ce qui\b/i, '$1')
      .replace(/\best[- ]ce qu(e |')/i, '')
      .replace(/\s+/g, ' ')
      .trim();
    return without === q ? null : `${without} ?`;
  }
  const whoVerb = q.match(/^(qui) (?!est\b|sont\b|c\b)(.+)$/i);
  if (whoVerb) return `${whoVerb[1]} est-ce qui ${whoVerb[2]} ?`;
  // `combien X a reçu` → `combien est-ce que X a reçu`: only before a subject, never before a verb (`où se trouve`).
  const asked = q.match(/^(où|ou|quand|combien|comment|pourquoi) (?!est\b|sont\b|se\b|s'|a\b|ont\b|de\b|d'|y\b)(.+)$/i);
  if (asked) return `${asked[1]} est-ce que ${asked[2]} ?`;
  return null;
}

/** `quels sont les` ↔ `quelles sont les` / `c'est quoi les`. */
function quelsSontLes(question) {
  const variants = [];
  if (/\bquels sont les\b/i.test(question)) {
    variants.push(question.replace(/\bquels sont les\b/i, 'quelles sont les'));
    variants.push(question.replace(/\bquels sont les\b/i, "c'est quoi les"));
  } else if (/\bquelles sont les\b/i.test(question)) {
    variants.push(question.replace(/\bquelles sont les\b/i, 'quels sont les'));
    variants.push(question.replace(/\bquelles sont les\b/i, "c'est quoi les"));
  }
  return variants;
}

/** `which` → `what` (`what` → `which` is left out: `what links X to Y` asks no choice among things). */
function whichWhat(question) {
  return /\bwhich\b/i.test(question) ? question.replace(/\b(W|w)hich\b/, (_, w) => `${w}hat`) : null;
}

/** Every variant of a question: `{ kind, q }`, the same kinds in the same order every time; none equal to the question. */
function paraphraseVariants(question) {
  const language = languageOf(question);
  const english = language === 'en';
  const q = question.trim();
  const body = lowerFirst(bare(q));
  const mark = /[?？]\s*$/.test(q) ? (english ? '?' : ' ?') : '';
  // A question said in parts (`étudiant en pharma, je cherche …`, `X, c'est où`) is wrapped at its end only.
  const wrappable = !/[,;:]/.test(q);
  const variants = !language
    ? []
    : english
      ? [
          ...(wrappable
            ? [
                { kind: 'hi-quick', q: `Hi, quick question: ${body}${mark}` },
                { kind: 'could-you', q: `could you tell me ${body}${mark}` },
                { kind: 'id-like', q: `I'd like to know ${body}${mark}` },
              ]
            : []),
          { kind: 'thanks', q: `${bare(q)}? thanks` },
          { kind: 'please', q: `${bare(q)} please` },
          { kind: 'which-what', q: whichWhat(q) },
        ]
      : [
          ...(wrappable
            ? [
                { kind: 'bonjour-pouvez', q: `Bonjour, pouvez-vous me dire ${body}${mark}` },
                { kind: 'je-voudrais', q: `je voudrais savoir ${body}${mark}` },
                { kind: 'dis-moi', q: `dis-moi ${body}${mark}` },
              ]
            : []),
          { kind: 'stp', q: `${bare(q)} stp` },
          { kind: 'svp', q: `${bare(q)} svp ?` },
          { kind: 'merci', q: `${bare(q)} ? merci` },
          { kind: 'est-ce-que', q: estCeQue(q) },
          ...quelsSontLes(q).map((variant) => ({ kind: 'quels-sont-les', q: variant })),
        ];
  variants.push(
    { kind: 'no-mark', q: bare(q) },
    { kind: 'lower-case', q: q.toLowerCase() },
    { kind: 'capitals', q: q.toUpperCase() },
    { kind: 'spaces', q: `  ${q.split(/\s+/).join('  ')} ` },
    { kind: 'no-accents', q: q.normalize('NFD').replace(/\p{M}/gu, '') },
    { kind: 'typo', q: withTypo(q) },
  );
  return variants.filter((variant) => variant.q && variant.q !== q);
}

/** True when two answers agree on status, operation, subject and result ids. */
function sameAnswer(original, variant) {
  const ids = (answer) => [...resultIds(answer)].sort().join(',');
  return (
    original.status === variant.status &&
    original.interpretation.operation === variant.interpretation.operation &&
    (original.interpretation.subject?.id ?? null) === (variant.interpretation.subject?.id ?? null) &&
    ids(original) === ids(variant)
  );
}

module.exports = { paraphraseVariants, sameAnswer, languageOf };
