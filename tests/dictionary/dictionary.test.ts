import { describe, expect, it } from 'vitest';
import { loadDictionary, parseDictionary } from '../../src/dictionary/dictionary.js';
import { ENTITY_TYPES } from '../../src/core/entity.js';

const errorOf = (text: string): string => {
  try {
    parseDictionary([{ path: 'dict/test.yml', text }]);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error('expected a validation error');
};

describe('dictionary validation names the file, line and column of each problem', () => {
  it('unknown type', () => {
    expect(errorOf('- id: x\n  type: person\n  ja: 人\n  en: X\n')).toContain('dict/test.yml:1:3: unknown type "person"');
  });
  it('missing ja or en', () => {
    expect(errorOf('- id: x\n  type: company\n  en: X\n')).toContain('dict/test.yml:1:3: missing "ja" in entry "x"');
    expect(errorOf('- id: x\n  type: company\n  ja: エックス\n')).toContain('missing "en"');
  });
  it('duplicate id, with the place of the first', () => {
    const text = '- {id: x, type: company, ja: エックス, en: X}\n- {id: x, type: company, ja: ワイ, en: Y}\n';
    expect(errorOf(text)).toContain('dict/test.yml:2:3: duplicate id "x" (first at dict/test.yml:1)');
  });
  it('one alias claimed by two entities, also across spellings that normalize alike', () => {
    const text = '- {id: a, type: company, ja: エーアイ, en: A, aliases: [Ａ社]}\n- {id: b, type: company, ja: ビー, en: B, aliases: [A社]}\n';
    expect(errorOf(text)).toContain('dict/test.yml:2:3: "A社" of "b" is also claimed by "a" ("Ａ社", dict/test.yml:1)');
  });
  it('an empty alias', () => {
    expect(errorOf('- id: x\n  type: company\n  ja: エックス\n  en: X\n  aliases:\n    - X Corp\n    - ""\n')).toContain(
      'dict/test.yml:7:7: empty name in "aliases"',
    );
  });
  it('YAML syntax errors', () => {
    expect(errorOf('- id: x\n  type: [company\n')).toMatch(/dict\/test\.yml:\d+:\d+: YAML syntax/);
  });
  it('unknown fields and references to ids that do not exist', () => {
    expect(errorOf('- {id: x, type: company, ja: エックス, en: X, alias: [Y]}\n')).toContain('unknown field "alias"');
    expect(errorOf('- {id: x, type: agency, ja: エックス局, en: X, parent: nowhere}\n')).toContain('parent "nowhere" of "x" is not an id');
  });
  it('invalid pattern expressions', () => {
    expect(errorOf("- {id: 'x-{1}', type: chip, pattern: '(H[0-9'}\n")).toContain('"pattern" is not a valid regular expression');
  });
  it('an alias indented too deep, which YAML would silently read as part of the alias above', () => {
    const text = '- id: x\n  type: company\n  ja: エックス\n  en: X\n  aliases:\n    - X Corp\n      - X Inc\n';
    expect(errorOf(text)).toMatch(/dict\/test\.yml:6:7: "X Corp - X Inc" runs over two lines: check the indentation/);
  });
  it('only the first YAML syntax error of a file, not the ones that follow from it', () => {
    expect(errorOf('- id: x\n\ttype: company\n- id: y\n\ttype: chip\n')).toMatch(/^dictionary has 1 error:/);
  });
  it('no second error for a reference to an entry that already has one', () => {
    const text = '- {id: p, type: agency, ja: ピー局, en: P, alias: [Q]}\n- {id: c, type: agency, ja: シー局, en: C, parent: p}\n';
    expect(errorOf(text)).toMatch(/^dictionary has 1 error:\n.*unknown field "alias"/);
  });
  it('reports every problem at once', () => {
    expect(errorOf('- {id: x, type: person, ja: a, en: b}\n- {id: y, type: company, en: c}\n')).toMatch(/^dictionary has 2 errors/);
  });
});

describe('dictionary warnings', () => {
  it('an alias that repeats the entry’s own ja is a warning, not an error', () => {
    const dictionary = parseDictionary([{ path: 'dict/test.yml', text: '- {id: x, type: company, ja: エックス, en: X, aliases: [エックス]}\n' }]);
    expect(dictionary.warnings).toEqual([
      { file: 'dict/test.yml', line: 1, column: 3, message: 'alias "エックス" of "x" repeats its ja, en or another alias', hint: 'remove the repeated alias' },
    ]);
  });
  it('ja equal to en is no warning (TSMC is TSMC in both)', () => {
    expect(parseDictionary([{ path: 't.yml', text: '- {id: tsmc, type: company, ja: TSMC, en: TSMC}\n' }]).warnings).toEqual([]);
  });
});

describe('the shipped dictionary', () => {
  const dictionary = loadDictionary('dict');

  it('loads without errors and covers the field with several hundred entries', () => {
    expect(dictionary.entries.length).toBeGreaterThan(500);
  });

  it('has entries of every type, each with a Japanese and an English name', () => {
    for (const type of ENTITY_TYPES) expect(dictionary.entries.filter((e) => e.type === type).length).toBeGreaterThan(10);
    for (const e of dictionary.entries) expect(e.ja && e.en).toBeTruthy();
  });

  it('lists every ISO 3166 country and territory', () => {
    expect(dictionary.entries.filter((e) => e.type === 'country').length).toBeGreaterThanOrEqual(249);
  });
});
