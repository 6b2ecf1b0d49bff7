// The one place that owns text normalization. Matching, dictionary keys and lookup all go
// through here, so a name and the text it is found in are always folded the same way.

/** Normalized text with, for every normalized index, the index in the source it came from. */
export interface NormalizedText {
  text: string;
  /** `toSource[i]` is the source offset of normalized char `i`; `toSource[text.length]` is the source length. */
  toSource: Int32Array;
  /** `toSourceEnd[i]` is the source offset just after what normalized char `i` came from. */
  toSourceEnd: Int32Array;
}

const COMBINING_KANA = /[\u3099\u309A\uFF9E\uFF9F]/;
const HYPHENS = new Set([...'˗֊‐‑‒–⁃⁻₋−﹣－']);
const BARS = new Set([...'—―─━']);
const TILDES = new Set([...'~∼∾〜〰～']);
const MIDDLE_DOTS = new Set([...'・･·‧⋅•∙']);
const QUOTES: Record<string, string> = { '’': "'", '‘': "'", '′': "'", '“': '"', '”': '"', '″': '"' };
const SPACE = /[\s\u200B\uFEFF]/;

export const isKatakana = (ch: string | undefined): boolean => !!ch && /[\u30A1-\u30FA\u30FC]/.test(ch);
export const isKana = (ch: string | undefined): boolean => !!ch && /[\u3041-\u3096\u30A1-\u30FA\u30FC]/.test(ch);
export const isHan = (ch: string | undefined): boolean => !!ch && /[\p{Script=Han}々〆]/u.test(ch);
export const isAsciiAlnum = (ch: string | undefined): boolean => !!ch && /[A-Za-z0-9]/.test(ch);

/** Splits text into clusters: a code point plus any kana voicing marks that follow it. */
function* clusters(text: string): Generator<{ start: number; value: string }> {
  let i = 0;
  while (i < text.length) {
    const start = i;
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    while (i < text.length && COMBINING_KANA.test(text[i])) i++;
    yield { start, value: text.slice(start, i) };
  }
}

/**
 * NFKC per character, then the Japanese rules NFKC misses: dash look-alikes become `-` or, inside
 * katakana, the long-vowel mark `ー` (repeats collapsed); tildes become `~`; middle-dot variants
 * become `・`; curly quotes become straight; runs of spaces become one space. Newlines are kept,
 * so line structure survives.
 */
export function normalize(source: string): NormalizedText {
  const out: string[] = [];
  const map: number[] = [];
  const mapEnd: number[] = [];
  let pendingSpace = -1;
  let clusterEnd = 0;
  const push = (ch: string, at: number) => {
    if (pendingSpace >= 0) {
      if (out.length && out[out.length - 1] !== '\n' && ch !== '\n') {
        out.push(' ');
        map.push(pendingSpace);
        mapEnd.push(pendingSpace + 1);
      }
      pendingSpace = -1;
    }
    // One entry per UTF-16 unit, so that offsets are string offsets.
    for (let u = 0; u < ch.length; u++) {
      out.push(ch[u]);
      map.push(at);
      mapEnd.push(clusterEnd);
    }
  };
  const all = [...clusters(source)];
  for (let c = 0; c < all.length; c++) {
    const { start, value } = all[c];
    clusterEnd = start + value.length;
    for (const ch of value.normalize('NFKC')) {
      const prev = out[out.length - 1];
      if (ch === '\n' || ch === '\r') {
        // CRLF and lone CR are line ends like LF; the CR of a CRLF pair adds nothing.
        if (ch === '\r' && source[start + 1] === '\n') continue;
        pendingSpace = -1;
        push('\n', start);
      } else if (SPACE.test(ch)) {
        if (pendingSpace < 0) pendingSpace = start;
      } else if (HYPHENS.has(ch) || BARS.has(ch) || ch === 'ー' || ch === '-') {
        const next = all[c + 1]?.value.normalize('NFKC')[0];
        const asciiHyphen = value === '-';
        const longVowel =
          ch === 'ー' || (isKatakana(prev) && pendingSpace < 0 && (!BARS.has(ch) || isKatakana(next)) && !asciiHyphen);
        if (longVowel) {
          if (prev !== 'ー' || pendingSpace >= 0) push('ー', start);
        } else push('-', start);
      } else if (TILDES.has(ch)) push('~', start);
      else if (MIDDLE_DOTS.has(ch)) push('・', start);
      else push(QUOTES[ch] ?? ch, start);
    }
  }
  map.push(source.length);
  return { text: out.join(''), toSource: Int32Array.from(map), toSourceEnd: Int32Array.from(mapEnd) };
}

/** ASCII-only lower-casing keeps the length, so offsets stay valid. */
export const foldCase = (text: string): string => text.replace(/[A-Z]+/g, (s) => s.toLowerCase());

/** Characters that names may carry or drop without changing who they name: `・`, space, `-`. */
export const isIgnorable = (ch: string): boolean => ch === '・' || ch === ' ' || ch === '-';

/**
 * The key a name is compared by: normalized, case-folded, without ignorable characters.
 * `エンティティ・リスト`, `エンティティリスト` and `ｴﾝﾃｨﾃｨﾘｽﾄ` share one key, as do `Tier 1` and `TIER1`.
 */
export function nameKey(name: string): string {
  return [...foldCase(normalize(name).text.trim())].filter((ch) => !isIgnorable(ch)).join('');
}
