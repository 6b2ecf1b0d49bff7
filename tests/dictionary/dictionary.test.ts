import { describe, expect, it } from 'vitest';
import { loadDictionary, namesOf, parseDictionary } from '../../src/dictionary/dictionary.js';
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
  it('an English name ending in a bracketed qualifier, which belongs in its own field', () => {
    expect(errorOf('- {id: x, type: chip, ja: エックス, en: X Ascend (family)}\n')).toContain(
      'dict/test.yml:1:3: en "X Ascend (family)" ends in a bracketed qualifier: write en: X Ascend and qualifier: family',
    );
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
    expect(errorOf("- {id: 'x-{1}', type: chip, pattern: '(H[0-9', ok: [H1]}\n")).toContain('"pattern" is not a valid regular expression');
  });
  it.each([
    ["ok: ['H2']", 'ok example "H2" of pattern "x-{1}" is not named by its pattern'],
    ["ok: ['X【H20】']", 'ok example "X【H20】" of pattern "x-{1}" is not named by its pattern'],
  ])('pattern examples that the pattern contradicts: %s', (examples, message) => {
    expect(errorOf(`- {id: 'x-{1}', type: chip, pattern: '(?<![A-Z])H([0-9]{2})', ${examples}}\n`)).toContain(`dict/test.yml:1:3: ${message}`);
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

describe('names are text as written, whatever else YAML could read them as', () => {
  it.each(['4E091', '1.0', '0x1F', '12', 'true'])('%s', (name) => {
    const { entries } = parseDictionary([{ path: 't.yml', text: `- {id: x, type: chip, ja: エックス, en: X, aliases: [${name}], note: ${name}}\n` }]);
    expect([entries[0].aliases[0], entries[0].note]).toEqual([name, name]);
  });
});

describe('readings', () => {
  const readingOf = (fields: string) => parseDictionary([{ path: 'dict/test.yml', text: `- {id: x, type: company, ${fields}}\n` }]).entries[0].reading;
  it.each([
    ['a curated reading', 'ja: 百度, en: Baidu, reading: バイドゥ', 'バイドゥ'],
    ['a katakana name, its own reading', 'ja: エヌビディア, en: NVIDIA', 'エヌビディア'],
    ['a kanji name without one', 'ja: 百度, en: Baidu', undefined],
    ['a Latin name', 'ja: TSMC, en: TSMC', undefined],
  ])('%s', (_, fields, reading) => {
    expect(readingOf(fields)).toBe(reading);
  });
  it.each(['ひゃくど', '百度', 'バイ ドゥ', 'Baidu'])('refuses a reading that is not katakana: %s', (reading) => {
    expect(errorOf(`- {id: x, type: company, ja: 百度, en: Baidu, reading: ${reading}}\n`)).toContain(`dict/test.yml:1:3: reading "${reading}" of "x" must be katakana`);
  });
});

describe('readings of aliases', () => {
  const huawei = (readings: string) => `- id: huawei\n  type: company\n  ja: ファーウェイ\n  en: Huawei\n  aliases: [華為技術, 華為]\n  readings:\n${readings}`;
  it('maps each alias to its reading', () => {
    const [entry] = parseDictionary([{ path: 'dict/test.yml', text: huawei('    華為技術: ファーウェイギジュツ\n    華為: ファーウェイ\n') }]).entries;
    expect(entry.readings).toEqual({ 華為技術: 'ファーウェイギジュツ', 華為: 'ファーウェイ' });
  });
  it.each([
    ['a name that is no alias', '    華為集団: ファーウェイシュウダン\n', 'readings names "華為集団", which is not one of the aliases of "huawei"'],
    ['a reading in kanji', '    華為: 華為\n', 'readings "華為" of alias "華為" of "huawei" must be katakana'],
    ['a reading in hiragana', '    華為: ふぁーうぇい\n', 'must be katakana'],
    ['an empty reading', '    華為:\n', '"readings" holds an empty name or value'],
    ['a list instead of a mapping', '    - ファーウェイ\n', '"readings" must be a mapping of names to texts'],
  ])('refuses %s, naming file and line', (_, readings, message) => {
    const error = errorOf(huawei(readings));
    expect(error).toContain('dict/test.yml:');
    expect(error).toContain(message);
  });
});

describe('qualifiers', () => {
  const twoMinistries =
    '- {id: a, type: agency, ja: 外交部, en: Ministry of Foreign Affairs, qualifier: Taiwan}\n' +
    '- {id: b, type: agency, ja: 外務省, en: Ministry of Foreign Affairs, qualifier: Netherlands}\n';
  it('two entries may share a clean English name when their qualifiers tell them apart', () => {
    const { entries } = parseDictionary([{ path: 'dict/test.yml', text: twoMinistries }]);
    expect(entries.map((e) => [e.en, e.qualifier])).toEqual([
      ['Ministry of Foreign Affairs', 'Taiwan'],
      ['Ministry of Foreign Affairs', 'Netherlands'],
    ]);
  });
  it('names an entry by its English name with the qualifier, which stays unique', () => {
    const { entries } = parseDictionary([{ path: 'dict/test.yml', text: twoMinistries }]);
    expect(namesOf(entries[0])).toEqual(['外交部', 'Ministry of Foreign Affairs (Taiwan)']);
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

  it('gives every name written with kanji or hiragana a reading, and no reading (of a name or an alias) holds kanji', () => {
    const unread = dictionary.entries.filter((e) => /[\p{Script=Han}\p{Script=Hiragana}]/u.test(e.ja) && e.reading === undefined);
    expect(unread.map((e) => e.id)).toEqual([]);
    const aliasReadings = dictionary.entries.flatMap((e) => Object.entries(e.readings ?? {}).map(([alias, r]) => [`${e.id} ${alias}`, r]));
    const readings = [...dictionary.entries.flatMap((e) => (e.reading === undefined ? [] : [[e.id, e.reading]])), ...aliasReadings];
    const notKatakana = readings.filter(([, reading]) => !/^[\p{Script=Katakana}ー・]+$/u.test(reading));
    expect(notKatakana.map(([name, reading]) => `${name}: ${reading}`)).toEqual([]);
    expect(aliasReadings.length).toBeGreaterThan(50);
  });

  it('lists every ISO 3166 country and territory', () => {
    expect(dictionary.entries.filter((e) => e.type === 'country').length).toBeGreaterThanOrEqual(249);
  });
});
