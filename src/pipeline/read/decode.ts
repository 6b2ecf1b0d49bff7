// Decoding input files: UTF-8 (with or without BOM), UTF-16 with a BOM, Shift_JIS (CP932) and
// EUC-JP. Node's WHATWG decoders decode; encoding-japanese helps tell Shift_JIS from EUC-JP. A file that holds NUL
// bytes or decodes to more than a small share of replacement characters is not text.
import Encoding from 'encoding-japanese';

export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'shift_jis', 'euc-jp'] as const;
export type InputEncoding = (typeof ENCODINGS)[number];

/** Names users may give to --encoding, folded to the decoder's name. */
const ENCODING_NAMES: Record<string, InputEncoding> = {
  'utf-8': 'utf-8', utf8: 'utf-8',
  'utf-16le': 'utf-16le', utf16le: 'utf-16le',
  'utf-16be': 'utf-16be', utf16be: 'utf-16be',
  shift_jis: 'shift_jis', 'shift-jis': 'shift_jis', sjis: 'shift_jis', cp932: 'shift_jis', 'windows-31j': 'shift_jis',
  'euc-jp': 'euc-jp', eucjp: 'euc-jp',
};

export const encodingByName = (name: string): InputEncoding | undefined =>
  Object.hasOwn(ENCODING_NAMES, name.toLowerCase()) ? ENCODING_NAMES[name.toLowerCase()] : undefined;

/** Above this share of U+FFFD the decoded text is garbage, not a few stray bytes. */
export const MAX_REPLACEMENT_SHARE = 0.01;

export type Decoded = { ok: true; text: string; encoding: InputEncoding } | { ok: false; problem: string; hint: string; line?: number };

export function decode(bytes: Uint8Array, forced?: InputEncoding): Decoded {
  let encoding = forced ?? bomEncoding(bytes);
  if (!encoding) {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      return { ok: false, problem: 'holds NUL bytes (binary, or UTF-16 without a BOM)', hint: 'pass text files, or --encoding utf-16le/utf-16be', line: lineAt(bytes, nul) };
    }
    encoding = isUtf8(bytes) ? 'utf-8' : detectJapanese(bytes);
  }
  if (!encoding) return { ok: false, problem: 'is not in a known text encoding', hint: 'convert it to UTF-8, or name its encoding with --encoding' };
  const text = new TextDecoder(encoding).decode(bytes); // drops a BOM of its own encoding
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  if (replaced > Math.max(1, text.length * MAX_REPLACEMENT_SHARE)) {
    return {
      ok: false,
      problem: `decodes as ${encoding} to garbage (${replaced} undecodable characters)`,
      hint: 'convert it to UTF-8, or name its encoding with --encoding',
      line: text.slice(0, text.indexOf('\uFFFD')).split('\n').length,
    };
  }
  return { ok: true, text, encoding };
}

function bomEncoding(bytes: Uint8Array): InputEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Shift_JIS or EUC-JP: EUC-JP bytes are often valid Shift_JIS too, so both readings are made and
 * the one with fewer signs of a wrong guess wins: undecodable characters, and the half-width
 * katakana that EUC-JP read as Shift_JIS turns into. encoding-japanese's guess breaks a tie.
 */
function detectJapanese(bytes: Uint8Array): InputEncoding | undefined {
  const wrongness = (encoding: InputEncoding) => {
    const text = new TextDecoder(encoding).decode(bytes);
    return (text.match(/\uFFFD/g)?.length ?? 0) * 4 + (text.match(/[\uFF61-\uFF9F]/g)?.length ?? 0);
  };
  const sjis = wrongness('shift_jis');
  const euc = wrongness('euc-jp');
  if (sjis !== euc) return sjis < euc ? 'shift_jis' : 'euc-jp';
  const guessed = Encoding.detect(bytes);
  return guessed === 'EUCJP' ? 'euc-jp' : guessed === 'SJIS' ? 'shift_jis' : undefined;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
