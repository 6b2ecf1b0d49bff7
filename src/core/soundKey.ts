// A rough key of how a name sounds, the same for a katakana name and the Latin name it
// transcribes: its consonants, grouped the way katakana merges English sounds (l and r; b, f, h,
// p and v; c, g, k and q; s, z and j; t and d), vowels dropped. マイクロソフト and Microsoft are
// both MKRSHT; インテル and Intel NTR; キヤノン and Canon KNN. It is meant to pair names found in
// one corpus, where few names share a key, not to translate.
import { hasJapanese, isKatakanaText } from './script.js';

/** The shortest sound key that pairs names: two consonants match too many names by chance. */
export const MIN_SOUND_KEY = 3;

const KATAKANA_CLASSES: Array<[string, string]> = [
  ['カキクケコガギグゲゴ', 'K'],
  ['サシスセソザジズゼゾヂヅ', 'S'],
  ['タチツテトダデド', 'T'],
  ['ナニヌネノン', 'N'],
  ['ハヒフヘホバビブベボパピプペポヴ', 'H'],
  ['マミムメモ', 'M'],
  ['ラリルレロ', 'R'],
  ['ワヲ', 'W'],
];
const KATAKANA_CLASS = new Map(KATAKANA_CLASSES.flatMap(([kana, cls]) => [...kana].map((k) => [k, cls] as const)));
const SMALL_VOWEL = /[ァィゥェォ]/;

const LATIN_CLASSES: Array<[string, string]> = [
  ['cgkq', 'K'],
  ['sjz', 'S'],
  ['td', 'T'],
  ['n', 'N'],
  ['bfhpv', 'H'],
  ['m', 'M'],
  ['lr', 'R'],
  ['w', 'W'],
];
const LATIN_CLASS = new Map(LATIN_CLASSES.flatMap(([letters, cls]) => [...letters].map((l) => [l, cls] as const)));

/** The sound key of a katakana name (middle dots and long vowels ignored); undefined if it holds anything else. */
export function katakanaSoundKey(name: string): string | undefined {
  if (!isKatakanaText(name)) return undefined;
  const chars = [...name];
  let key = '';
  chars.forEach((ch, i) => {
    // ウェ, ウィ, ウォ are the w of Huawei, Windows.
    if (ch === 'ウ' && SMALL_VOWEL.test(chars[i + 1] ?? '')) key += 'W';
    else key += KATAKANA_CLASS.get(ch) ?? '';
  });
  return collapse(key);
}

/** The sound key of a Latin name (letters only; digits or other marks make it none). */
export function latinSoundKey(name: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z .&'-]*$/.test(name)) return undefined;
  const letters = name
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ck/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/ph/g, 'f')
    .replace(/sh|th/g, 's')
    .replace(/ch/g, 't')
    .replace(/x/g, 'ks')
    .replace(/ng$/, 'n');
  return collapse([...letters].map((l) => LATIN_CLASS.get(l) ?? '').join(''));
}

/**
 * Whether one name is katakana that sounds like the other, a Latin name or its first words
 * (ライナス, Lynas Rare Earths), by a key long enough to trust.
 */
export function isTranscription(a: string, b: string): boolean {
  const [katakana, latin] = hasJapanese(a) ? [a, b] : [b, a];
  const key = katakanaSoundKey(katakana);
  const words = latin.split(' ');
  return !!key && key.length >= MIN_SOUND_KEY && words.some((_, i) => latinSoundKey(words.slice(0, i + 1).join(' ')) === key);
}

/** Doubled consonants are one (ッ, ll). */
const collapse = (key: string) => key.replace(/(.)\1+/g, '$1');
