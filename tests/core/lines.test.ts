// The one JSON-lines reader: non-blank lines with their numbers, whatever the chunks, and a clear
// error naming the line that is too long.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { nonBlankLines } from '../../src/core/lines.js';

const tooLong = { message: 'not a partial line', hint: 'merge only what `glossary extract` wrote' };
async function read(chunks: string[], maxLength = 1 << 20) {
  const lines: string[] = [];
  for await (const { text, number } of nonBlankLines(Readable.from(chunks.map((c) => Buffer.from(c))), { name: 'p.jsonl', maxLength, tooLong })) lines.push(`${number}:${text}`);
  return lines;
}

describe('nonBlankLines', () => {
  // [chunks, lines read as number:text]
  const table: Array<[string[], string[]]> = [
    [['a\nb\n'], ['1:a', '2:b']],
    [['a\r\n\r\nb'], ['1:a', '3:b']],
    [['a', 'b\n', 'c'], ['1:ab', '2:c']],
    [['  \n\n'], []],
    [['日本\n'], ['1:日本']],
  ];
  it.each(table)('%j → %j', async (chunks, lines) => {
    expect(await read(chunks)).toEqual(lines);
  });
  it('splits a character cut between chunks rightly', async () => {
    const bytes = Buffer.from('日本\n');
    const stream = Readable.from([bytes.subarray(0, 2), bytes.subarray(2)]);
    const lines = [];
    for await (const { text } of nonBlankLines(stream, { name: 'p', maxLength: 100, tooLong })) lines.push(text);
    expect(lines).toEqual(['日本']);
  });
  it('refuses a line longer than the bound, naming its file and line', async () => {
    await expect(read(['ok\n', 'x'.repeat(3 << 20)], 2 << 20)).rejects.toThrow('p.jsonl:2: a line longer than 2 MB: not a partial line');
  });
});
