// The schema table drives the checks and dict/README.md: each row's rules are tested from the row.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../src/dictionary/dictionary.js';
import { DICTIONARY_SCHEMA, withFieldTables, type FieldSpec } from '../../src/dictionary/schema.js';
import { ENTITY_TYPES } from '../../src/core/entity.js';

const problemsOf = (yaml: string): string => {
  try {
    parseDictionary([{ path: 'dict/test.yml', text: yaml }]);
    return '';
  } catch (err) {
    return (err as Error).message;
  }
};

/** An entry of this type with one more field (and, for a map keyed by names, the name Y), and entries it may refer to. */
const entryWith = (type: string, field: string, value: string) => {
  const keysFrom = (DICTIONARY_SCHEMA.entry as Record<string, FieldSpec>)[field].keysFrom;
  return (
    `- {id: us, type: country, ja: 米国, en: US}\n- {id: co, type: company, ja: 社, en: Co}\n- {id: ag, type: agency, ja: 庁, en: Ag}\n` +
    `- {id: x, type: ${type}, ja: エックス, en: X, ${keysFrom ? `${keysFrom}: [Y], ` : ''}${field}: ${value}}\n`
  );
};
const validValue = (spec: FieldSpec): string =>
  spec.kind === 'boolean' ? 'true' : spec.kind === 'list' ? '[Y]' : spec.kind === 'map' ? `{Y: ${spec.katakana ? 'エックス' : 'y'}}` : spec.refersTo === 'country' ? 'us' : spec.refersTo === 'company' ? 'co' : spec.refersTo === 'agency' ? 'ag' : spec.oneCharacter ? '米' : spec.katakana ? 'エックス' : 'y';
const entryFields = Object.entries(DICTIONARY_SCHEMA.entry as Record<string, FieldSpec>);

describe('dict/README.md', () => {
  it("holds the field tables the schema gives (run `npm run docs:dict` to rewrite them)", () => {
    const readme = readFileSync('dict/README.md', 'utf8');
    expect(readme).toContain('<!-- fields:entry');
    expect(readme).toContain('<!-- fields:pattern');
    expect(readme).toBe(withFieldTables(readme));
  });
});

describe('each optional entry field, from its row of the table', () => {
  const optional = entryFields.filter(([, spec]) => !spec.required);
  it.each(optional)('%s is accepted on the types it is for', (field, spec) => {
    for (const type of spec.onlyFor ?? ENTITY_TYPES) expect(problemsOf(entryWith(type, field, validValue(spec)))).toBe('');
  });
  it.each(optional.filter(([, spec]) => spec.onlyFor))('%s is refused on other types', (field, spec) => {
    const other = ENTITY_TYPES.find((t) => !spec.onlyFor!.includes(t))!;
    expect(problemsOf(entryWith(other, field, validValue(spec)))).toContain(`"${field}" is only for ${spec.onlyFor!.join(' and ')} entries`);
  });
  it.each(optional.filter(([, spec]) => spec.refersTo))('%s must name an id of the right type', (field, spec) => {
    const type = spec.onlyFor?.[0] ?? 'company';
    expect(problemsOf(entryWith(type, field, 'nowhere'))).toContain(`${field} "nowhere" of "x" is not an id in the dictionary`);
    const wrong = spec.refersTo === 'country' ? 'co' : 'us';
    expect(problemsOf(entryWith(type, field, wrong))).toMatch(new RegExp(`${field} "${wrong}" of "x" is a \\w+, not a ${spec.refersTo}`));
  });
  it.each(optional)('%s refuses a value of the wrong kind', (field, spec) => {
    const type = spec.onlyFor?.[0] ?? 'company';
    const wrong = spec.kind === 'list' ? 'y' : spec.kind === 'boolean' ? 'yes' : '[a, b]';
    expect(problemsOf(entryWith(type, field, wrong))).toMatch(new RegExp(`"${field}" must be`));
  });
});

describe('each required field, from the table', () => {
  const required = Object.entries(DICTIONARY_SCHEMA).flatMap(([kind, schema]) =>
    Object.entries(schema as Record<string, FieldSpec>).filter(([field, spec]) => spec.required && field !== kind).map(([field]) => [kind, field] as const),
  );
  const complete: Record<string, Record<string, string>> = {
    entry: { id: 'x', type: 'company', ja: 'エックス', en: 'X' },
    pattern: { pattern: "'X[0-9]'", id: "'x-{0}'", type: 'chip', ok: '[X1]' },
    typeSuffixes: { typeSuffixes: '[局]', type: 'agency' },
    versions: { versions: "'-[0-9]+'", type: 'model' },
  };
  it.each(required)('an item of kind %s without %s is refused', (kind, field) => {
    const fields = Object.entries(complete[kind]).filter(([name]) => name !== field);
    const yaml = `- {${fields.map(([name, value]) => `${name}: ${value}`).join(', ')}}\n`;
    expect(problemsOf(`- {${Object.entries(complete[kind]).map(([n, v]) => `${n}: ${v}`).join(', ')}}\n`)).toBe('');
    expect(problemsOf(yaml)).toContain(`missing "${field}"`);
  });
});
