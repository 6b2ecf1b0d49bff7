// The dictionary's schema: every field of every kind of list item, in one table. The loader
// reads and checks fields from it, the Entry type is derived from it, and dict/README.md's field
// tables are generated from it (`npm run docs:dict`; tests/dictionary/schema.test.ts keeps them
// in step). A new entry field is one row here, plus the code that uses it.
import type { EntityType } from '../core/entity.js';

export interface FieldSpec {
  kind: 'text' | 'boolean' | 'list' | 'map';
  required?: boolean;
  /** The entry types that may have the field; any when absent. */
  onlyFor?: readonly EntityType[];
  /** The value is the id of an entry of this type. */
  refersTo?: EntityType;
  /** The value is one character (a country's short form). */
  oneCharacter?: boolean;
  /** The value (of a map, each value) is katakana, with `ー` and `・` (a reading). */
  katakana?: boolean;
  /** A map's keys are names of the entry in this field (`aliases`). */
  keysFrom?: 'aliases';
  /** What the field means, for dict/README.md. */
  doc: string;
}

type Schema = Record<string, FieldSpec>;

/** A note on an item other than an entry (an entry's note is shown in the glossary). */
const NOTE = { kind: 'text', doc: 'free text for curators' } as const;

const ENTRY_SCHEMA = {
  id: { kind: 'text', required: true, doc: 'unique across all files: lower-case letters, digits and `-`' },
  type: { kind: 'text', required: true, doc: '`company`, `chip`, `agency`, `regulation`, `country` or `model`' },
  ja: { kind: 'text', required: true, doc: 'the canonical Japanese name (the form a Japanese article would use)' },
  en: { kind: 'text', required: true, doc: 'the canonical English name' },
  aliases: { kind: 'list', doc: 'every other way articles write it, Japanese and English: variants, katakana spellings, abbreviations, kanji forms' },
  qualifier: {
    kind: 'text',
    doc: 'what tells the entity apart from others of its English name or says what kind of thing it is (`family`, `architecture`, `Taiwan`); not part of `en`, so a translation target carries none',
  },
  reading: { kind: 'text', katakana: true, doc: 'the Japanese name\'s reading (よみ) in katakana, where kuromoji reads it wrong or cannot (`バイドゥ` for 百度); a katakana name is its own' },
  readings: {
    kind: 'map',
    katakana: true,
    keysFrom: 'aliases',
    doc:
      'the readings of aliases kuromoji reads wrong or cannot, alias: katakana (`華為技術: ファーウェイギジュツ`, `昇騰: ショウトウ`): kanji company names, ' +
      'Chinese and Korean names, kanji abbreviations (`発改委: ハツカイイ`); the kuromoji user dictionary export gives the alias this reading',
  },
  note: { kind: 'text', doc: 'free text for curators; shown in the glossary' },
  exactCase: {
    kind: 'boolean',
    doc:
      '`true`: the Latin names of this entry match only in the case written here; for names that are also common English words ' +
      '(`Arm`, `Apple`, `Meta`, `SCREEN`). Without it, a Latin name in capitals (`BIS`, `TSMC`) matches only in capitals, and any ' +
      'other Latin name in any case (`Nvidia` matches `NVIDIA` and `nvidia`)',
  },
  country: {
    kind: 'text',
    onlyFor: ['agency'],
    refersTo: 'country',
    doc:
      "the id of the country the body belongs to: the name also matches after that country's Japanese names and short form " +
      '(`米商務省`, `米国商務省`, `アメリカ商務省` from `商務省` with `country: united-states`), and not right after another country (`ロシア外務省`)',
  },
  parent: {
    kind: 'text',
    onlyFor: ['agency'],
    refersTo: 'agency',
    doc: 'the id of the body it belongs to: the parent right before it, with or without `の`, is folded into this entity (`商務省の産業安全保障局` is BIS only)',
  },
  short: {
    kind: 'text',
    onlyFor: ['country'],
    oneCharacter: true,
    doc: 'the one-kanji short form used in fused abbreviations (`米中`, `日米`, `対中`) and before company names (`米エヌビディア`)',
  },
  shortAlone: {
    kind: 'boolean',
    onlyFor: ['country'],
    doc: '`true`: the short form also names the country on its own before any noun (`米政府`, `米当局`); only for short forms that are unambiguous in this field (`米`)',
  },
  maker: { kind: 'text', onlyFor: ['chip', 'model'], refersTo: 'company', doc: 'the id of the company that makes it' },
} as const satisfies Schema;

/**
 * The kinds of list item and their fields. Each kind but `entry` is told by the field only it has
 * (its name); any other item is an entry.
 */
export const DICTIONARY_SCHEMA = {
  entry: ENTRY_SCHEMA,
  pattern: {
    id: { kind: 'text', required: true, doc: 'id template: `{0}` is the whole match, `{1}`… its groups; lower-cased after filling' },
    type: { kind: 'text', required: true, doc: 'the type of the entities it names' },
    pattern: { kind: 'text', required: true, doc: 'a JavaScript regular expression over normalized text' },
    ja: { kind: 'text', doc: 'template for the Japanese name of an entity the dictionary does not list; default `{0}`' },
    en: { kind: 'text', doc: 'template for the English name; default `{0}`' },
    ellipsis: { kind: 'text', doc: 'after a match, a connector (`および`, `、`, `/`…) and this expression name another member of the family (`910Bおよび910D`); its groups fill the templates' },
    ok: {
      kind: 'list',
      required: true,
      doc: 'texts the pattern names, as articles write them: the span marked `【】` (`【SiliconGate】編集部`), else the whole text; on load its expression must match each span, and a test checks the matcher names it',
    },
    notOk: {
      kind: 'list',
      doc: 'texts the pattern must not name (`Tier 4`, `A【MI300】`): the span marked `【】`, else the whole text; checked against the matcher by a test (its word edges may be what refuses a span, so the expression alone is not checked on load)',
    },
    note: NOTE,
  },
  notEntities: { notEntities: { kind: 'list', required: true, doc: 'words that contain a name but name no entity' }, note: NOTE },
  stopWords: { stopWords: { kind: 'list', required: true, doc: 'words that are never candidates, nor compounds made only of them' }, note: NOTE },
  stopPrefixes: { stopPrefixes: { kind: 'list', required: true, doc: 'prefixes that make an anaphor, not a name (`同局`, `新規則`)' }, note: NOTE },
  legalForms: {
    legalForms: {
      kind: 'list',
      required: true,
      doc: "words that follow a company's name in its full or legal name (`テクノロジーズ`, `株式会社`, `Inc`): a known company's name with them is that company (`ファーウェイテクノロジーズ` is Huawei)",
    },
    note: NOTE,
  },
  titles: {
    titles: {
      kind: 'list',
      required: true,
      doc: "words for a person's office: right after a government body's name they make a job title, not a mention of the body (`参議院議長`, `ハイテク局局長`)",
    },
    note: NOTE,
  },
  versions: {
    versions: {
      kind: 'text',
      required: true,
      doc: 'a regular expression for what may follow a name of the type to name a new member of its family (`-5.1`, `3-Max`, `E`), checked right after the name; its match, with the name, names the new member',
    },
    type: { kind: 'text', required: true, doc: 'the type whose names it follows: `chip` or `model`' },
    note: NOTE,
  },
  kanjiVariants: {
    kanjiVariants: {
      kind: 'list',
      required: true,
      doc: 'groups of kanji that are one character in another script (traditional, simplified, Japanese), the Japanese form last (`國国`): a name written with one counts for the entry written with another',
    },
    note: NOTE,
  },
  typeSuffixes: {
    typeSuffixes: { kind: 'list', required: true, doc: 'name endings that suggest a type' },
    type: { kind: 'text', required: true, doc: 'the type they suggest, or `other`: a kind of name that is no entity of ours (大学, Institute)' },
    needsName: { kind: 'boolean', doc: 'the suffix also ends ordinary phrases (行動計画), so it suggests the type only after a name-like word' },
    note: NOTE,
  },
} as const satisfies Record<string, Schema>;

export type ItemKind = keyof typeof DICTIONARY_SCHEMA;

/** The kind of an item with these fields: the first kind whose own field it has, else an entry. */
export function itemKind(has: (field: string) => boolean): ItemKind {
  return (Object.keys(DICTIONARY_SCHEMA) as ItemKind[]).find((kind) => kind !== 'entry' && has(kind)) ?? 'entry';
}

type EntrySchema = typeof ENTRY_SCHEMA;
type ValueOf<F extends FieldSpec> = F['kind'] extends 'boolean' ? boolean : F['kind'] extends 'list' ? string[] : F['kind'] extends 'map' ? Record<string, string> : string;

/** The optional entry fields that only the matcher reads (all but the Entity's own), typed from the table. */
export type EntryExtras = { [K in Exclude<keyof EntrySchema, 'id' | 'type' | 'ja' | 'en' | 'aliases' | 'note'>]?: ValueOf<EntrySchema[K]> };

/** The fields of an item kind as a Markdown table, for dict/README.md. */
export function fieldTable(kind: ItemKind): string {
  const rows = Object.entries(DICTIONARY_SCHEMA[kind] as Schema).map(([name, spec]) => {
    const value = spec.kind === 'list' ? 'list of texts' : spec.kind === 'map' ? `map of ${spec.keysFrom ?? 'text'} to ${spec.katakana ? 'katakana' : 'text'}` : spec.kind === 'boolean' ? '`true` or `false`' : spec.oneCharacter ? 'one character' : spec.katakana ? 'katakana' : spec.refersTo ? `${/^[aeiou]/.test(spec.refersTo) ? 'an' : 'a'} ${spec.refersTo}'s id` : 'text';
    const need = spec.required ? 'required' : spec.onlyFor ? `${spec.onlyFor.join(' and ')} only` : 'optional';
    return `| \`${name}\` | ${value} | ${need} | ${spec.doc.replace(/\|/g, '\\|')} |`;
  });
  return ['| field | value | needed | meaning |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

/**
 * dict/README.md with each field table replaced by the one the schema gives: a table stands
 * between `<!-- fields:KIND … -->` and `<!-- /fields:KIND -->`.
 */
export function withFieldTables(readme: string): string {
  return readme.replace(
    /(<!-- fields:(\w+)[^>]*-->\n)[\s\S]*?(<!-- \/fields:\2 -->)/g,
    (whole, open: string, kind: string, close: string) => (kind in DICTIONARY_SCHEMA ? `${open}${fieldTable(kind as ItemKind)}\n${close}` : whole),
  );
}
