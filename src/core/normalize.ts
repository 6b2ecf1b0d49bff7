// The one place that owns text normalization. Matching, dictionary keys and lookup all go
// through here, so a name and the text it is found in are always folded the same way.
import { memoize } from './memo.js';
import { isKatakana } from './script.js';


/** Normalized text with, for every normalized index, the index in the source it came from. */
export interface NormalizedText {
  text: string;
  /** `toSource[i]` is the source offset of normalized char `i`; `toSource[text.length]` is the source length. */
  toSource: Int32Array;
  /** `toSourceEnd[i]` is the source offset just after what normalized char `i` came from. */
  toSourceEnd: Int32Array;
}

const HYPHENS = new Set([...'˗֊‐‑‒–⁃⁻₋−﹣－']);
const BARS = new Set([...'—―─━']);
const TILDES = new Set([...'~∼∾〜〰～']);
const MIDDLE_DOTS = new Set([...'・･·‧⋅•∙']);
const QUOTES: Record<string, string> = { '’': "'", '‘': "'", '′': "'", '“': '"', '”': '"', '″': '"' };
const SPACE = /[\s\u200B\uFEFF]/;

const nfkcOfCluster = memoize((cluster: string) => cluster.normalize('NFKC'));
/** NFKC of one cluster; printable ASCII is its own NFKC, and the rest repeats often enough to keep. */
const nfkc = (cluster: string): string => (cluster.length === 1 && cluster >= ' ' && cluster <= '~' ? cluster : nfkcOfCluster(cluster));

const isCombiningKana = (code: number) => code === 0x3099 || code === 0x309a || code === 0xff9e || code === 0xff9f;
const composes = (base: string, mark: string) => nfkc(base + mark) !== nfkc(base) + nfkc(mark);

/** Characters that become another single character after NFKC: tildes, middle dots, curly quotes. */
const REPLACEMENTS = new Map<string, string>([
  ...[...TILDES].map((ch): [string, string] => [ch, '~']),
  ...[...MIDDLE_DOTS].map((ch): [string, string] => [ch, '・']),
  ...Object.entries(QUOTES),
]);

/**
 * NFKC per character, then the Japanese rules NFKC misses: dash look-alikes become `-` or, inside
 * katakana, the long-vowel mark `ー` (repeats collapsed); tildes become `~`; middle-dot variants
 * become `・`; curly quotes become straight; runs of spaces become one space. Newlines are kept,
 * so line structure survives. Kana voicing marks are composed with the character before them.
 */
export function normalize(source: string): NormalizedText {
  const n = source.length;
  const out = new NormalizedBuilder(n);
  for (let i = 0; i < n; ) {
    // Most text is characters that neither NFKC nor any rule changes: copy them as one run.
    let j = i;
    while (j < n && isPlainUnit(source.charCodeAt(j)) && !(j + 1 < n && isCombiningKana(source.charCodeAt(j + 1)))) j++;
    if (j > i) {
      out.appendRun(source, i, j);
      i = j;
      continue;
    }
    const start = i;
    const code = source.charCodeAt(i++);
    if (code >= 0xd800 && code <= 0xdbff && i < n && (source.charCodeAt(i) & 0xfc00) === 0xdc00) i++;
    // A voicing mark joins the character before it only where NFKC composes the two (ｶﾞ → ガ).
    while (i < n && isCombiningKana(source.charCodeAt(i)) && composes(source.slice(start, i), source[i])) i++;
    const cluster = i - start === 1 ? source[start] : source.slice(start, i);
    for (const ch of nfkc(cluster)) {
      if (ch === '\n' || ch === '\r') {
        // CRLF and lone CR are line ends like LF; the CR of a CRLF pair adds nothing.
        if (ch === '\r' && source[start + 1] === '\n') continue;
        out.pendingSpace = -1;
        out.push('\n', start, i);
      } else if (SPACE.test(ch)) {
        if (out.pendingSpace < 0) out.pendingSpace = start;
      } else if (HYPHENS.has(ch) || BARS.has(ch) || ch === 'ー' || ch === '-') {
        const prev = out.last;
        const longVowel =
          ch === 'ー' ||
          (cluster !== '-' && out.pendingSpace < 0 && isKatakana(prev) && (!BARS.has(ch) || isKatakana(nfkc(source[i] ?? '')[0])));
        if (!longVowel) out.push('-', start, i);
        else if (prev !== 'ー' || out.pendingSpace >= 0) out.push('ー', start, i);
      } else out.push(REPLACEMENTS.get(ch) ?? ch, start, i);
    }
  }
  return out.finish(n);
}

/** 1: the UTF-16 unit is its own normalization and no rule touches it; 2: it needs the full path; 0: not yet known. */
const plainUnits = new Uint8Array(0x10000);
function isPlainUnit(code: number): boolean {
  let kind = plainUnits[code];
  if (kind === 0) {
    const ch = String.fromCharCode(code);
    const special = (code >= 0xd800 && code <= 0xdfff) || isCombiningKana(code) || ch === '\n' || ch === '\r' || ch === 'ー' || ch === '-' ||
      SPACE.test(ch) || HYPHENS.has(ch) || BARS.has(ch) || REPLACEMENTS.has(ch);
    kind = !special && ch.normalize('NFKC') === ch ? 1 : 2;
    plainUnits[code] = kind;
  }
  return kind === 1;
}

/** Whether normalize() leaves the text as it is: every unit is plain (voicing marks are not). */
function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isPlainUnit(text.charCodeAt(i))) return false;
  return true;
}

/** Collects normalized text and its offset maps, growing typed arrays instead of number lists. */
class NormalizedBuilder {
  private readonly parts: string[] = [];
  private toSource: Int32Array;
  private toSourceEnd: Int32Array;
  private length = 0;
  /** The last character written; reading it back from a growing string would copy the string each time. */
  last = '';
  /** Source offset of a run of white space not yet written (one space is written before the next character). */
  pendingSpace = -1;

  constructor(capacity: number) {
    this.toSource = new Int32Array(capacity + 16);
    this.toSourceEnd = new Int32Array(capacity + 16);
  }

  private reserve(units: number): void {
    if (this.length + units + 1 <= this.toSource.length) return;
    const size = Math.max(this.toSource.length * 2, this.length + units + 1);
    const grow = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a.subarray(0, this.length));
      return b;
    };
    this.toSource = grow(this.toSource);
    this.toSourceEnd = grow(this.toSourceEnd);
  }

  private flushSpace(next: string): void {
    if (this.pendingSpace < 0) return;
    if (this.last && this.last !== '\n' && next !== '\n') {
      this.reserve(1);
      this.parts.push(' ');
      this.toSource[this.length] = this.pendingSpace;
      this.toSourceEnd[this.length++] = this.pendingSpace + 1;
    }
    this.pendingSpace = -1;
  }

  /** Characters copied unchanged: each maps to itself. */
  appendRun(source: string, from: number, to: number): void {
    this.flushSpace(source[from]);
    this.reserve(to - from);
    this.parts.push(source.slice(from, to));
    for (let k = from; k < to; k++) {
      this.toSource[this.length] = k;
      this.toSourceEnd[this.length++] = k + 1;
    }
    this.last = source[to - 1];
  }

  /** A normalized character (one or two UTF-16 units) from the source range [start, end). */
  push(ch: string, start: number, end: number): void {
    this.flushSpace(ch);
    this.reserve(ch.length);
    this.parts.push(ch);
    this.last = ch[ch.length - 1];
    for (let u = 0; u < ch.length; u++) {
      this.toSource[this.length] = start;
      this.toSourceEnd[this.length++] = end;
    }
  }

  finish(sourceLength: number): NormalizedText {
    this.reserve(1);
    this.toSource[this.length] = sourceLength;
    return {
      text: this.parts.join(''),
      toSource: this.toSource.slice(0, this.length + 1),
      toSourceEnd: this.toSourceEnd.slice(0, this.length),
    };
  }
}

/** ASCII-only lower-casing keeps the length, so offsets stay valid. */
export const foldCase = (text: string): string => text.replace(/[A-Z]+/g, (s) => s.toLowerCase());

/** Characters that names may carry or drop without changing who they name: `・`, space, `-` (as UTF-16 code units). */
export const isIgnorableUnit = (unit: number): boolean => unit === 0x30fb || unit === 0x20 || unit === 0x2d;
const IGNORABLES = /[・ -]/g;
/** The text without the characters isIgnorableUnit accepts. */
export const withoutIgnorables = (text: string): string => text.replace(IGNORABLES, '');

/** The text of normalize(text), without its offset maps (text it would copy unchanged, such as most kana and kanji, is returned as it is). */
export const normalizedText = (text: string): string => (isPlainText(text) ? text : normalize(text).text);

/**
 * The key a name is compared by: normalized, case-folded, without ignorable characters.
 * `エンティティ・リスト`, `エンティティリスト` and `ｴﾝﾃｨﾃｨﾘｽﾄ` share one key, as do `Tier 1` and `TIER1`.
 */
export const nameKey = memoize((name: string): string =>
  // Printable ASCII only differs from its normalization in spaces, which the key drops anyway.
  withoutIgnorables(foldCase(PRINTABLE_ASCII.test(name) ? name : normalizedText(name))),
);
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** C0 and C1 controls, line and paragraph separators and bidirectional controls: never part of a name or id. */
export const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
export const CONTROL_CHARACTERS = new RegExp(CONTROL_CHARACTER.source, 'g');

/** `U+0007` */
export const describeCharacter = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const SMALL_KANA: Record<string, string> = { ァ: 'ア', ィ: 'イ', ゥ: 'ウ', ェ: 'エ', ォ: 'オ', ャ: 'ヤ', ュ: 'ユ', ョ: 'ヨ', ッ: 'ツ', ヮ: 'ワ', ヵ: 'カ', ヶ: 'ケ' };
const VU_SYLLABLES: Record<string, string> = { ヴァ: 'バ', ヴィ: 'ビ', ヴェ: 'ベ', ヴォ: 'ボ', ヴ: 'ブ' };

/**
 * A name key (see nameKey) that also folds the ways writers vary a name: long-vowel marks
 * (コンピュータ, コンピューター), ヴ (エヌヴィディア, エヌビディア), small kana, a voiced or
 * unvoiced final kana (デバイセズ, デバイセス), and kanji variants given as a map to the Japanese
 * form (臺積電, 台積電). Only for recognising a known name written otherwise, never for matching.
 */
export function variantKey(key: string, kanjiVariants: ReadonlyMap<string, string>): string {
  const folded = [...key.replace(/ヴ[ァィェォ]?/g, (vu) => VU_SYLLABLES[vu]).replace(/ー/g, '')]
    .map((ch) => SMALL_KANA[ch] ?? kanjiVariants.get(ch) ?? ch)
    .join('');
  // A voiced final kana (ズ, ド, グ…) decomposes into its base and a voicing mark: drop the mark.
  const last = folded.slice(-1);
  return isKatakana(last) ? folded.slice(0, -1) + last.normalize('NFD').replace(/[\u3099\u309A]/g, '') : folded;
}
