import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentIds, listInputFiles, readDocument, textToScan } from '../../src/pipeline/read/read.js';

const article = [
  '---',
  'layout: post',
  'title: "米商務省の発表"',
  'date: 2025-10-23',
  'tags: ["NVIDIA", "AI"]',
  'author: "ALLFORCES編集部"',
  'excerpt: "BISの規則"',
  'categories: ["商務省"]',
  '---',
  '## 見出しのH100',
  '- **NVIDIA**のGPU',
  '> [BIS](https://bis.gov)の声明',
  '---',
].join('\n');

describe('textToScan', () => {
  const text = textToScan(article);

  it('keeps the length of the file, so offsets are offsets into the file', () => {
    expect(text.length).toBe(article.length);
    expect(text.split('\n').length).toBe(article.split('\n').length);
  });

  it('scans the values of title, excerpt, tags and author, and nothing else of the front matter', () => {
    expect(text).toContain('米商務省の発表');
    expect(text).toContain('NVIDIA');
    expect(text).toContain('ALLFORCES編集部');
    expect(text).toContain('BISの規則');
    expect(text).not.toContain('layout');
    expect(text).not.toContain('2025-10-23');
    expect(text).not.toContain('title');
    expect(text.split('\n')[7]).not.toContain('商務省');
    expect(text).not.toContain('"');
  });

  it('keeps the values of a front matter list apart, so two tags never read as one name', () => {
    const scanned = textToScan('---\ntags: ["NVIDIA", "LLM"]\n---\n本文');
    expect(scanned).toMatch(/NVIDIA\s*。\s*LLM/);
    expect(scanned.length).toBe('---\ntags: ["NVIDIA", "LLM"]\n---\n本文'.length);
  });

  it('blanks Markdown markup: heading marks, bullets, emphasis, quote marks, link targets, rules', () => {
    const body = text.split('\n').slice(9);
    expect(body[0].trim()).toBe('見出しのH100');
    expect(body[1].trim()).toBe('NVIDIA  のGPU');
    expect(body[2].trim()).toBe('BIS                  の声明');
    expect(body[3].trim()).toBe('');
  });

  it('treats a paragraph between two --- rules as text, not front matter', () => {
    expect(textToScan('---\n米国と中国の関係\n---\n本文').trim().split(/\s+/)).toEqual(['米国と中国の関係', '本文']);
  });

  it('treats a file without front matter as text from the first line', () => {
    expect(textToScan('米国と中国\n').trim()).toBe('米国と中国');
  });
});

describe('reading files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'glossary-read-'));
  writeFileSync(join(dir, 'a.md'), '\uFEFF米国\r\n中国\r\n');
  writeFileSync(join(dir, 'b.txt'), 'text');
  writeFileSync(join(dir, 'notes.json'), '{}');

  it('finds .txt and .md files, sorted', () => {
    expect(listInputFiles([dir]).files.map((p) => p.slice(dir.length + 1))).toEqual(['a.md', 'b.txt']);
  });

  it('names documents by file name without extension', () => {
    expect([...documentIds(listInputFiles([dir]).files).values()]).toEqual(['a', 'b']);
  });

  it('keeps the folder, and then the extension, in ids that would clash', () => {
    const ids = documentIds(['x/a.txt', 'y/a.txt', 'z/b.txt', 'z/b.md']);
    expect([...ids.values()]).toEqual(['x/a', 'y/a', 'z/b.txt', 'z/b.md']);
  });

  it('drops the BOM and keeps CRLF line ends in the raw text', () => {
    const doc = readDocument(join(dir, 'a.md'), 'a');
    expect(doc.raw).toBe('米国\r\n中国\r\n');
  });
});
