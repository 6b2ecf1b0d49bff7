import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Glossary } from '../../src/outputs/glossary.js';
import { glossaryCsv, neutralizeFormula, restoreFormula } from '../../src/outputs/formats/csv.js';
import { glossaryJson } from '../../src/outputs/formats/json.js';

const glossary: Glossary = {
  documents: [{ id: 'a', path: 'data/a.txt', characters: 10, mentions: 3 }],
  entries: [
    {
      id: 'x', type: 'company', ja: 'エックス, "株"', en: '=HYPERLINK("http://evil")', aliases: ['-X', '@X', '+X'],
      source: 'dictionary', mentions: 3, documents: 1, byDocument: { a: 3 }, surfaces: { X: 3 }, examples: [],
    },
  ],
};

describe('glossary.csv', () => {
  const csv = glossaryCsv(glossary);

  it('starts with a UTF-8 BOM so Excel shows the Japanese', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('has one row per entity under a header, quoting commas and quotes', () => {
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[0]).toEqual(['id', 'type', 'ja', 'reading', 'en', 'qualifier', 'aliases', 'mentions', 'documents', 'source', 'enSource']);
    expect(rows[1][9]).toBe('dictionary');
    expect(rows[1][2]).toBe('エックス, "株"');
    expect(rows.length).toBe(2);
  });

  it('neutralises cells that start with =, +, - or @', () => {
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[1][4]).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[1][6]).toBe(`'-X | @X | +X`);
    expect(neutralizeFormula('NVIDIA')).toBe('NVIDIA');
  });

  it.each(['=1+1', '-X', '@X', '+X', "'quoted", 'NVIDIA'])('a reviewed CSV gives back %s as written', (cell) => {
    expect(restoreFormula(neutralizeFormula(cell))).toBe(cell);
  });
});

describe('glossary.json', () => {
  it('is valid JSON with the documents and entries', () => {
    const parsed = JSON.parse(glossaryJson(glossary));
    expect(parsed.entries[0].id).toBe('x');
    expect(parsed.documents[0].id).toBe('a');
  });
});
