// The one reader of JSON-lines input (extract's documents, merge's partial lines): the lines of a
// stream with their numbers, ending at an abort between chunks, and refusing a line longer than a
// bound: /dev/zero or a binary file would otherwise be buffered until memory runs out.
import type { Readable } from 'node:stream';
import { checkAborted, GlossaryError } from './errors.js';

export interface LineReading {
  /** The input's name in messages: a path, or `standard input`. */
  name: string;
  /** The longest line read, in characters. */
  maxLength: number;
  /** What a longer line is not, and what to do: `not a partial line`, `merge only what…`. */
  tooLong: { message: string; hint: string };
  signal?: AbortSignal;
}

/** The lines of a stream that are not blank, numbered from 1 (blank lines count), without `\r\n`. */
export async function* nonBlankLines(input: Readable, { name, maxLength, tooLong, signal }: LineReading): AsyncGenerator<{ text: string; number: number }> {
  const decoder = new TextDecoder();
  let parts: string[] = [];
  let length = 0;
  let number = 0;
  const line = (rest: string) => {
    const text = parts.length ? parts.join('') + rest : rest;
    parts = [];
    length = 0;
    number++;
    return { text: text.endsWith('\r') ? text.slice(0, -1) : text, number };
  };
  for await (const chunk of input) {
    checkAborted(signal);
    let text: string = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n')) {
      const read = line(text.slice(0, newline));
      if (read.text.trim()) yield read;
      checkAborted(signal);
      text = text.slice(newline + 1);
    }
    parts.push(text);
    length += text.length;
    if (length > maxLength) {
      input.destroy();
      throw new GlossaryError(`${name}:${number + 1}: a line longer than ${maxLength >> 20} MB: ${tooLong.message}`, tooLong.hint);
    }
  }
  const last = line(decoder.decode());
  if (last.text.trim()) yield last;
}
