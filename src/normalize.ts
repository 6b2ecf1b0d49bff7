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

const nfkcCache = new Map<string, string>();
/** NFKC of one cluster; printable ASCII is its own NFKC, and the rest repeats often enough to cache. */
function nfkc(cluster: string): string {
  if (cluster.length === 1 && cluster >= ' ' && cluster <= '~') return cluster;
  let folded = nfkcCache.get(cluster);
  if (folded === undefined) {
    folded = cluster.normalize('NFKC');
    if (nfkcCache.size < 65_536) nfkcCache.set(cluster, folded);
  }
  return folded;
}

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
  const parts: string[] = [];
  // The last character written; reading it back from a growing string would copy the string each time.
  let last = '';
  const map: number[] = [];
  const mapEnd: number[] = [];
  let pendingSpace = -1;
  const push = (ch: string, start: number, end: number) => {
    if (pendingSpace >= 0) {
      if (last && last !== '\n' && ch !== '\n') {
        parts.push(' ');
        map.push(pendingSpace);
        mapEnd.push(pendingSpace + 1);
      }
      pendingSpace = -1;
    }
    // One entry per UTF-16 unit, so that offsets are string offsets.
    parts.push(ch);
    last = ch[ch.length - 1];
    for (let u = 0; u < ch.length; u++) {
      map.push(start);
      mapEnd.push(end);
    }
  };
  for (let i = 0; i < n; ) {
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
        pendingSpace = -1;
        push('\n', start, i);
      } else if (SPACE.test(ch)) {
        if (pendingSpace < 0) pendingSpace = start;
      } else if (HYPHENS.has(ch) || BARS.has(ch) || ch === 'ー' || ch === '-') {
        const prev = last;
        const longVowel =
          ch === 'ー' ||
          (cluster !== '-' && pendingSpace < 0 && isKatakana(prev) && (!BARS.has(ch) || isKatakana(nfkc(source[i] ?? '')[0])));
        if (!longVowel) push('-', start, i);
        else if (prev !== 'ー' || pendingSpace >= 0) push('ー', start, i);
      } else push(REPLACEMENTS.get(ch) ?? ch, start, i);
    }
  }
  map.push(n);
  return { text: parts.join(''), toSource: Int32Array.from(map), toSourceEnd: Int32Array.from(mapEnd) };
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
  let key = nameKeys.get(name);
  if (key === undefined) {
    // Printable ASCII is its own NFKC, so English names skip the full normalizer.
    const folded = PRINTABLE_ASCII.test(name) ? name : normalize(name).text;
    key = foldCase(folded).replace(IGNORABLES, '');
    if (nameKeys.size < 65_536) nameKeys.set(name, key);
  }
  return key;
}
const nameKeys = new Map<string, string>();
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const IGNORABLES = /[・ -]/g;
