// Bracket pairs: articles often give a name's translation or acronym in brackets, 産業安全保障局(BIS),
// BIS(産業安全保障局), National Validated End User (NVEU). This module finds the brackets and their
// parts, and matches an English long form to its acronym with Schwartz & Hearst's algorithm
// (reference: "A Simple Algorithm for Identifying Abbreviation Definitions in Biomedical Text",
// 2003, as implemented in scispacy). It works on normalized text, where （） are ().

/** One bracketed stretch: where it is, and the names inside it. */
export interface Bracket {
  /** Offset of `(`. */
  open: number;
  /** Offset of `)`. */
  close: number;
  /** The names inside, split at commas (`Bureau of Industry and Security、BIS`), with offsets. */
  parts: BracketPart[];
}

export interface BracketPart {
  text: string;
  start: number;
  end: number;
  /** A word before it says it is the name in some form: `以下BIS`, `簡体字: 深度求索`. */
  introduced: boolean;
  /** A note, not a name: a labelled fact (`拼音: Shēndù`, `設立: 2023年`), a note's number (`注3`). */
  note: boolean;
  /** Written in kana with hiragana in it, as a reading is (`ひろしまエーアイプロセス`), or a name so written (`さくらインターネット`). */
  kana: boolean;
}

/** Longest bracket content read as names; longer ones are explanations, not translations. */
const MAX_CONTENT = 80;
/** `以下、BIS` ("hereafter BIS"), `略称:BIS`, `通称「…」`: words that introduce the name inside. */
const INTRODUCER = /^(?:以下[、,]?|以下「|略称[:：]?|略[:：]|通称[:：]?|英語名[:：]?|英名[:：]?|英語[:：]|英[:：]|旧称[:：]?|(?:簡体字|繁体字|中国語|中文|韓国語|朝鮮語)[:：])\s*[「"]?/;
/**
 * A labelled fact (`拼音: Shēndù Qiúsuǒ`, `設立: 2023年`), a note's number (`注3`, `※1`) or a law's
 * number (`令和2年法律第37号`) beside a name in brackets.
 */
const NOTE = /^(?:[^\s:：]{1,8}[:：]|注\s?\d+$|※|(?:明治|大正|昭和|平成|令和)[元\d〇一二三四五六七八九十百]+年\S{0,8}第[\d〇一二三四五六七八九十百千]+号$)/;
/** Kana with hiragana in it, as a reading is written (`ひろしまエーアイプロセス`): no kanji, no Latin letters. */
const KANA_WITH_HIRAGANA = /^(?=.*\p{Script=Hiragana})[\p{Script=Hiragana}\p{Script=Katakana}ー・]+$/u;
/** Parts of a bracket are split at commas and at a sentence's end (`令和2年法律第37号。以下「5G促進法」という。`). */
const SEPARATOR = /[、,;；。]/g;
/**
 * A definition's name in quotes: `以下「BIS」といいます`, `以下「EAR」とする`; it ends at its first
 * closing quote (`以下「ゼニス」及び「ゼニス社」という`: the first).
 */
const DEFINED_AS = /^「?[^」]*」\s*(?:と|って|及び|又は|、)/;
/** A definition's name that points back instead of naming (`以下「本規則」`, `以下「当社」`, `以下「同法」`): an anaphor, no name. */
const ANAPHOR = /^(?:本|当|同|弊)(?:社|省|局|庁|法|国|氏|件|規則|規制|制度|指針|ガイドライン|契約|条約|会社|グループ|協定|機構|委員会|政府|事業|計画|枠組み)/;

/** Every `( … )` on one line with at most MAX_CONTENT characters and no nested bracket. */
export function findBrackets(text: string): Bracket[] {
  const brackets: Bracket[] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    let close = open + 1;
    while (close < text.length && close - open <= MAX_CONTENT && !'()\n'.includes(text[close])) close++;
    if (text[close] !== ')') continue;
    const parts: BracketPart[] = [];
    let from = open + 1;
    const content = text.slice(from, close);
    const separators = [...content.matchAll(SEPARATOR)].map((m) => from + m.index!);
    for (const to of [...separators, close]) {
      let start = from;
      let end = to;
      const introducer = INTRODUCER.exec(text.slice(start, end));
      if (introducer) {
        start += introducer[0].length;
        if (DEFINED_AS.test(text.slice(start, end))) end = text.indexOf('」', start);
      }
      while (start < end && /[\s「"]/.test(text[start])) start++;
      while (end > start && /[\s」"]/.test(text[end - 1])) end--;
      const part = text.slice(start, end);
      if (end > start && !(introducer && ANAPHOR.test(part))) parts.push({ text: part, start, end, introduced: !!introducer, note: !introducer && NOTE.test(part), kana: KANA_WITH_HIRAGANA.test(part) });
      from = to + 1;
    }
    brackets.push({ open, close, parts });
  }
  return brackets;
}

/** Schwartz & Hearst's short-form filter: 2–10 characters, starts with a letter, half letters or more. */
export function isShortForm(text: string): boolean {
  if (text.length < 2 || text.length > 10 || !/^[A-Za-z]/.test(text) || /\s/.test(text)) return false;
  const letters = text.match(/[A-Za-z]/g)?.length ?? 0;
  return letters * 2 >= text.length && /[A-Z]/.test(text);
}

/**
 * The long form of `shortForm` at the end of `words` (the words before the bracket), or undefined.
 * Each letter and digit of the short form, matched right to left, must appear in the long form in
 * order, and the first one must start a word. The long form has at most min(|SF|+5, 2·|SF|) words.
 */
export function longFormOf(shortForm: string, words: string[]): string | undefined {
  const limit = Math.min(shortForm.length + 5, shortForm.length * 2);
  const candidate = words.slice(-limit).join(' ');
  let s = shortForm.length - 1;
  let l = candidate.length - 1;
  for (; s >= 0; s--) {
    const c = shortForm[s].toLowerCase();
    if (!/[a-z0-9]/.test(c)) continue;
    while (l >= 0 && (candidate[l].toLowerCase() !== c || (s === 0 && l > 0 && /[A-Za-z0-9]/.test(candidate[l - 1])))) l--;
    if (l < 0) return undefined;
    l--;
  }
  const start = candidate.lastIndexOf(' ', l) + 1;
  const longForm = candidate.slice(start);
  const longWords = longForm.split(' ');
  // A long form longer than its acronym in words by far, or containing it, is not its expansion.
  if (longWords.length < 2 || longForm.length <= shortForm.length || longForm.toLowerCase().includes(shortForm.toLowerCase())) return undefined;
  return longForm;
}
