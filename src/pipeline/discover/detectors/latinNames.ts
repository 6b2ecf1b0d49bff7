// Latin names: capitalised sequences (joined by of, and…), all-caps acronyms, product numbers
// (B300, MI355X), and the names compromise knows as organisations.
import { nameKey } from '../../../core/normalize.js';
import { isFunctionWord, isNotAName, nameKinds } from '../../english.js';
import type { Signal } from '../occurrence.js';
import { isShortForm } from '../pairs.js';
import { firstGuess, type Detector } from '../rule.js';
import type { Scan } from '../scan.js';
import { isClosingQuote, isOpeningQuote } from '../tokenShape.js';
import type { LatinWord } from '../typing/input.js';
import { isVersionText } from '../typing/latinShape.js';
import { LATIN_NAME_OVERRULES, LATIN_NAME_RULES } from '../typing/order.js';
import { COUNTER, MEASUREMENT, NAME_CONNECTORS } from '../vocabulary.js';

const LATIN_WORD = /[A-Za-z0-9]+(?:[-.&'][A-Za-z0-9]+)*/g;

interface LatinSpan {
  words: LatinWord[];
  /** Inside an English sentence, where capitals also start sentences. */
  englishContext: boolean;
}

export const latinNames: Detector = {
  id: 'latin-names',
  signals: ['capitalized', 'acronym', 'product-number'],
  examples: {
    ok: [
      { text: 'Cerebras SystemsはWSE3を出し、SMICも続いた。', name: 'Cerebras Systems' },
      { text: 'Cerebras SystemsはWSE3を出し、SMICも続いた。', name: 'WSE3' },
      { text: 'Office of Export Enforcementが発表した。', name: 'Office of Export Enforcement' },
      { text: 'ヘッジファンド「High-Flyer」が出資した。', name: 'High-Flyer' },
      { text: '- AWS：2027年までに投資する。', name: 'AWS' },
      { text: 'NTTの「zenith」が出た。', name: 'zenith' },
      { text: 'GPU「ZIVA 128」を発表した。', name: 'ZIVA 128' },
      { text: 'Zenlm 3.3を公開した。', name: 'Zenlm 3.3' },
      { text: 'Zenlm 3.3を公開した。', name: 'Zenlm' },
    ],
    notOk: [
      { text: 'Japanese企業が増えた。', name: 'Japanese' },
      { text: 'The Cerebras chip is big.', name: 'The Cerebras' },
      { text: '3nmのチップ。', name: '3nm' },
      { text: 'Huは述べた。', name: 'Hu' },
      { text: 'ヘッジファンドHigh-Flyerが出資した。', name: 'High-Flyer' },
      { text: "Zenith's Taylor plant", name: "Zenith's Taylor" },
      { text: 'Zenith Group and Brandt signed.', name: 'Zenith Group and Brandt' },
      { text: '「TWINSCAN NXT:1970i」を出荷した。', name: 'NXT' },
      { text: 'NTTのzenithが出た。', name: 'zenith' },
      { text: 'GPUのZIVA 128を発表した。', name: 'ZIVA 128' },
      { text: 'Zenlm 3つを公開した。', name: 'Zenlm 3' },
      { text: 'Zenlm 2025年版を公開した。', name: 'Zenlm 2025' },
      { text: 'Zenlm 3 つを公開した。', name: 'Zenlm 3' },
      { text: 'Zenlm 12 月版を公開した。', name: 'Zenlm 12' },
    ],
  },
  find(scan) {
    for (const span of latinNameSpans(scan)) {
      if (span.words.length > 1) scan.countAdjacent(span.words.map((w) => nameKey(w.text)));
      latinCandidates(scan, span);
    }
  },
};

function latinCandidates(scan: Scan, span: LatinSpan): void {
  const { words } = span;
  const addWords = (ws: LatinWord[], signal: Signal) => {
    // Nvidia's: the name without the possessive.
    const last = ws[ws.length - 1];
    if (/'s$/.test(last.text) && last.text.length > 2) ws = [...ws.slice(0, -1), { ...last, text: last.text.slice(0, -2), end: last.end - 2 }];
    const parts = ws.map((w) => nameKey(w.text));
    // compromise takes a parse per distinct name: not for a span the scan would not keep.
    const key = scan.candidateKey(ws[0].start, ws[ws.length - 1].end, parts);
    if (key === undefined) return;
    const signals: Signal[] = [signal];
    const byShape = firstGuess(LATIN_NAME_RULES, { words: ws, vocabulary: scan.vocabulary })!;
    if (byShape.signal) signals.push(byShape.signal);
    const overruled = firstGuess(LATIN_NAME_OVERRULES, { words: ws, kinds: nameKinds(ws.map((w) => w.text).join(' ')), guess: byShape.guess });
    if (overruled?.signal) signals.push(overruled.signal);
    scan.addCandidate(key, ws[0].start, ws[ws.length - 1].end, parts, signals, overruled?.guess ?? byShape.guess);
  };
  // The whole span, unless it opens an English sentence with a function word (The, However),
  // or is one word that is not a name (Japanese, National, I've) and not quoted as one
  // (「High-Flyer」), or a capital and one letter (Hu, Sh: pieces of a name or a word, no name).
  let from = 0;
  while (from < words.length && span.englishContext && isFunctionWord(words[from].text)) from++;
  const alone = words.length - from === 1 ? words[from] : undefined;
  const quoted = !!alone && isOpeningQuote(scan.text[alone.start - 1]) && isClosingQuote(scan.text[alone.end]);
  if (alone && signalOf(alone.text) === 'capitalized' && ((isNotAName(alone.text) && !quoted) || /^[A-Z][a-z]$/.test(alone.text))) return;
  if (from < words.length) addWords(words.slice(from), words.length - from > 1 ? 'capitalized' : signalOf(words[from].text));
  // With a version, the name without it too: the family's (Llama in Llama 3.3).
  const versioned = isVersionText(words[words.length - 1].text);
  if (versioned && words.length - from > 1) addWords(words.slice(from, -1), words.length - from > 2 ? 'capitalized' : signalOf(words[from].text));
  if (words.length - from > 1) {
    for (const w of words.slice(from, versioned ? -1 : undefined)) {
      const signal = signalOf(w.text);
      if (signal !== 'capitalized') addWords([w], signal);
    }
  }
}

/** What after a number makes it a count, an amount or a date: 3つ, 2社, 5%, 12月. */
const COUNT_AFTER = new RegExp(`^\\s?(?:[\\d.,%年月日万億兆]|${COUNTER})`);

/** A colon and a word with letters after it, as in a model number (not a list's colon before a number: `AWS：2027年`). */
const CODE_JOIN = /^:[0-9]*[A-Za-z]/;

/** `and` after a company's suffix joins two names, not the words of one: SoftBank Group and OpenAI. */
function endsCompanyName(scan: Scan, span: LatinWord[], connector: LatinWord): boolean {
  if (connector.text !== 'and' && connector.text !== '&') return false;
  return scan.vocabulary.suffixTypes.get(nameKey(span[span.length - 1].text))?.type === 'company';
}

/** Capitalised, all-caps or letter-and-digit words, joined by single spaces and name connectors. */
function* latinNameSpans(scan: Scan): Generator<LatinSpan> {
  const { text } = scan;
  let span: LatinWord[] = [];
  let pendingConnectors: LatinWord[] = [];
  const flush = function* () {
    if (span.length) {
      // In an English sentence capitals also open sentences: Latin words before the span, or a
      // lower-case word right after it (The Cerebras chip is big).
      const before = text.slice(Math.max(0, span[0].start - 12), span[0].start);
      const after = text.slice(span[span.length - 1].end, span[span.length - 1].end + 12);
      yield { words: span, englishContext: /[A-Za-z][A-Za-z ,;:]*$/.test(before) || /^ [a-z]/.test(after) };
    }
    span = [];
    pendingConnectors = [];
  };
  for (const m of text.matchAll(LATIN_WORD)) {
    const word = { text: m[0], start: m.index!, end: m.index! + m[0].length };
    // A word before a colon and a code (NXT:1970i, a model number) is no name; after a list's
    // colon a name may follow (UAE：G42).
    const inCode = CODE_JOIN.test(text.slice(word.end, word.end + 8));
    // A word quoted alone is a name however it is written (「tsuzumi」, 「cotomi」).
    const quoted = isOpeningQuote(text[word.start - 1]) && isClosingQuote(text[word.end]) && /^[a-z]{3,}/.test(word.text);
    const last = pendingConnectors[pendingConnectors.length - 1] ?? span[span.length - 1];
    const joined = last && text.slice(last.end, word.start) === ' ';
    // A number that ends a quoted name is part of it: 「RIVA 128」.
    const endsQuotedName = joined && /^\d+$/.test(word.text) && isClosingQuote(text[word.end]) && isOpeningQuote(text[span[0]?.start - 1]);
    const isName = !inCode && (/^[A-Z]/.test(word.text) || (/\d/.test(word.text) && /[A-Za-z]/.test(word.text)) || quoted || endsQuotedName);
    // A version ends a name (Llama 3.3, Claude Opus 4); not a count or a date (Llama 3つ, 2025年).
    const isVersion = joined && span.length > 0 && !pendingConnectors.length && !endsQuotedName && isVersionText(word.text) && !COUNT_AFTER.test(text.slice(word.end, word.end + 2));
    if (scan.isCovered(word.start, word.end)) {
      yield* flush();
    } else if (isVersion) {
      span.push(word);
      yield* flush();
    } else if (isName && !MEASUREMENT.test(word.text)) {
      if (!joined) yield* flush();
      span.push(...pendingConnectors, word);
      pendingConnectors = [];
      // A possessive ends a name: Samsung's Taylor plant, Samsung's and SK's.
      if (/'s$/.test(word.text)) yield* flush();
    } else if (joined && span.length && NAME_CONNECTORS.has(word.text) && !endsCompanyName(scan, span, word)) {
      pendingConnectors.push(word);
    } else yield* flush();
  }
  yield* flush();
}

/** The signal a single Latin word gives: an acronym, a product number or a capitalised name. */
export function signalOf(word: string): Signal {
  if (/\d/.test(word) && /[A-Za-z]/.test(word)) return 'product-number';
  if (isShortForm(word) && !/[a-z]/.test(word)) return 'acronym';
  return 'capitalized';
}
