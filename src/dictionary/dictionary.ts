// The dictionary schema and its loader: the one module that knows what a dictionary file may
// hold. Files are YAML lists (see dict/README.md); every problem is reported with file:line:col
// and the build stops before any output is written.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Scalar, type YAMLMap } from 'yaml';
import { cachedParse, type DictionarySource } from './cache.js';
import { GlossaryError, type Diagnostic } from '../core/errors.js';
import { unsafePatternReason } from './safeRegex.js';
import { COMMIT_PREFIX } from '../core/atomicWrite.js';
import { lockFolder } from '../core/lock.js';
import { NotRegularFile, readRegularFile } from '../core/readFile.js';
import { ENTITY_TYPES, qualifiedEn, type Entity, type EntityType } from '../core/entity.js';
import { displayPath } from '../core/paths.js';
import { CONTROL_CHARACTER, describeCharacter, nameKey, normalize, normalizedText } from '../core/normalize.js';
import { DICTIONARY_SCHEMA, itemKind, type EntryExtras, type FieldSpec, type ItemKind } from './schema.js';

export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * A dictionary entry: the entity and what the matcher needs to know about its names (the fields
 * of DICTIONARY_SCHEMA.entry, where each is described).
 */
export interface Entry extends Entity, EntryExtras {
  source: SourceLocation;
}

/** A regular expression that names entities a list cannot enumerate (`H200`, `3A090`, `Tier 1`). */
export interface Pattern {
  /** Id template: `{0}` is the whole match, `{1}`… the groups; lower-cased after filling. */
  id: string;
  type: EntityType;
  regex: RegExp;
  /** Templates for the names of an entity the dictionary does not list; default `{0}`. */
  ja: string;
  en: string;
  /** After a match, a connector and this expression name another member of the family (`910Bおよび910D`). */
  ellipsis?: RegExp;
  /** Spans the pattern names and spans it must not name (see `ok` and `notOk` in schema.ts). */
  examples: { ok: PatternExample[]; notOk: PatternExample[] };
  source: SourceLocation;
}

/** An example of a pattern as written, and the span it is about in the normalized text. */
export interface PatternExample {
  written: string;
  /** The normalized text, without the 【】 marks. */
  text: string;
  start: number;
  end: number;
}

/** Words that contain an entity's name but name no entity (`インド太平洋`, `北アメリカ`). */
export interface NotEntity {
  name: string;
  source: SourceLocation;
}

/**
 * What discovery (candidates for new entries) consults: generic words that are never candidates,
 * prefixes that make an anaphor (`同局`, `新規則`), and name endings that suggest a type.
 */
export interface DiscoveryRules {
  stopWords: NotEntity[];
  stopPrefixes: NotEntity[];
  /** Words of a company's full or legal name (テクノロジーズ, 株式会社): a known company's name with them is that company. */
  legalForms: NotEntity[];
  /** Words for an office (議長, 長官): after a body's name, a job title (参議院議長). */
  titles: NotEntity[];
  /** Kanji variant → its Japanese form (臺 → 台, 华 → 華). */
  kanjiVariants: Map<string, string>;
  /** A suffix suggests an entity type, or `other`: a kind of name that is no entity of ours (大学, Institute). */
  typeSuffixes: Array<{ suffix: string; type: EntityType | 'other'; needsName: boolean; source: SourceLocation }>;
}

/** The shape of a checked Dictionary; raise it when the shape changes, so no cache serves the old one. */
export const DICTIONARY_SCHEMA_VERSION = 10;

export interface Dictionary {
  entries: Entry[];
  byId: Map<string, Entry>;
  patterns: Pattern[];
  notEntities: NotEntity[];
  discovery: DiscoveryRules;
  /** By type: what may follow a name to name a new member of its family (sticky). */
  versions: Map<EntityType, RegExp>;
  /** Problems that do not stop a build (a name repeated within its entry), with file:line:col. */
  warnings: Diagnostic[];
  /**
   * What identifies this dictionary: a hash of its files' names and texts and of the schema
   * version. Partials carry it, so that `glossary merge` never adds up counts made with two dictionaries.
   */
  hash: string;
}

const ID_SHAPE = /^[a-z0-9][a-z0-9-]*$/;

class Problems {
  readonly list: string[] = [];
  readonly warnings: Diagnostic[] = [];
  add(at: SourceLocation, message: string): void {
    this.list.push(`${at.file}:${at.line}:${at.column}: ${message}`);
  }
  warn(at: SourceLocation, message: string, hint: string): void {
    this.warnings.push({ file: at.file, line: at.line, column: at.column, message, hint });
  }
}

/** Loads every `.yml`/`.yaml` file of a dictionary folder, or throws a GlossaryError listing every problem. */
export function loadDictionary(dir: string): Dictionary {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    throw new GlossaryError(`${dir}: dictionary folder not found`, 'pass --dict DIR with the folder holding the .yml files');
  }
  if (names.some((n) => n.startsWith(COMMIT_PREFIX))) {
    // An `accept` killed while it moved its changed files in: finish the move first.
    lockFolder(dir, 'accept').release();
    names = readdirSync(dir);
  }
  names = names.filter((n) => ['.yml', '.yaml'].includes(extname(n))).sort();
  if (!names.length) throw new GlossaryError(`${dir}: no .yml files in the dictionary folder`, 'add dictionary files (see dict/README.md)');
  const files = names.map((n) => {
    const path = displayPath(join(dir, n));
    let bytes: Buffer;
    try {
      bytes = readRegularFile(join(dir, n));
    } catch (err) {
      const why = err instanceof NotRegularFile ? `is ${err.kind}, not a dictionary file` : `cannot be read (${(err as NodeJS.ErrnoException).code})`;
      throw new GlossaryError(`${path}: ${why}`, 'dictionary files are regular .yml files: remove or rename it');
    }
    try {
      return { path, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      throw new GlossaryError(`${path}: not valid UTF-8`, 'save dictionary files as UTF-8');
    }
  });
  return cachedParse(files, DICTIONARY_SCHEMA_VERSION, parseDictionary, isDictionary);
}

/** Whether a value read from the cache has the shape of a checked Dictionary (a damaged or planted file may not). */
function isDictionary(value: unknown): value is Dictionary {
  const d = value as Dictionary;
  return (
    typeof d === 'object' && d !== null && Array.isArray(d.entries) && d.byId instanceof Map && Array.isArray(d.patterns) &&
    d.patterns.every((p) => p?.regex instanceof RegExp) && Array.isArray(d.notEntities) && Array.isArray(d.warnings) &&
    typeof d.hash === 'string' && typeof d.discovery === 'object' && d.discovery !== null &&
    ['stopWords', 'stopPrefixes', 'legalForms', 'titles', 'typeSuffixes'].every((k) => Array.isArray(d.discovery[k as keyof DiscoveryRules])) &&
    d.entries.every((e) => typeof e?.id === 'string' && typeof e.ja === 'string' && typeof e.en === 'string' && Array.isArray(e.aliases) && d.byId.get(e.id) !== undefined)
  );
}

/** Parses and validates dictionary sources (exported for tests, which pass YAML text directly). */
export function parseDictionary(files: DictionarySource[]): Dictionary {
  const problems = new Problems();
  const entries: Entry[] = [];
  const patterns: Pattern[] = [];
  const versions = new Map<EntityType, RegExp>();
  const notEntities: NotEntity[] = [];
  const discovery: DiscoveryRules = { stopWords: [], stopPrefixes: [], legalForms: [], titles: [], typeSuffixes: [], kanjiVariants: new Map() };
  const rejectedIds = new Set<string>();
  // A file that is not valid YAML is not read at all; references to its ids would only repeat that.
  let unreadableFile = false;
  const hash = createHash('sha256').update(`glossary dictionary schema ${DICTIONARY_SCHEMA_VERSION}`);
  for (const { path, text } of files) hash.update(`\0${basename(path)}\0${text}`);
  for (const { path, text } of files) {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
    const at = (offset: number): SourceLocation => {
      const { line, col } = lines.linePos(offset);
      return { file: path, line, column: col };
    };
    if (doc.errors.length) {
      // The first syntax error is the one to fix; the rest usually follow from it.
      const e = doc.errors[0];
      problems.add(at(e.pos[0]), `YAML syntax: ${e.message.split('\n')[0]}`);
      unreadableFile = true;
      continue;
    }
    if (doc.contents === null) continue;
    if (!isSeq(doc.contents)) {
      problems.add(at(doc.contents.range?.[0] ?? 0), 'a dictionary file is a YAML list of entries (each item starts with "- ")');
      continue;
    }
    for (const item of doc.contents.items) {
      const location = at((item as Node).range?.[0] ?? 0);
      if (!isMap(item)) {
        problems.add(location, 'each list item must be a mapping with id, type, ja, en');
        continue;
      }
      const kind = itemKind((field) => item.has(field));
      const read = readFields(item, DICTIONARY_SCHEMA[kind], text, at, problems);
      const fields = read && hasRequired(kind, read, location, problems) ? read : undefined;
      const entry = fields && kind === 'entry' ? toEntry(fields, location, problems) : undefined;
      if (kind === 'entry' && !entry && isScalar(item.get('id', true))) {
        // An entry with errors still holds its id, so references to it do not fail as well.
        rejectedIds.add(String(item.get('id')));
      }
      if (!fields) continue;
      const names = (field: string) => (fields[field] as string[]).map((name) => ({ name, source: location }));
      if (kind === 'notEntities') notEntities.push(...names(kind));
      else if (kind === 'stopWords' || kind === 'stopPrefixes' || kind === 'legalForms' || kind === 'titles') discovery[kind].push(...names(kind));
      else if (kind === 'versions') {
        try {
          const source = fields.versions as string;
          const regex = new RegExp(source, 'uy');
          // It runs after every chip or model name: one that backtracks without bound would hang the build.
          const unsafe = unsafePatternReason(source, 'uy');
          if (unsafe) problems.add(location, `"versions" ${unsafe}`);
          else if (checkType(fields.type, location, problems)) versions.set(fields.type, regex);
        } catch (err) {
          problems.add(location, `"versions" is not a valid regular expression: ${(err as Error).message}`);
        }
      } else if (kind === 'kanjiVariants') {
        for (const { name } of names(kind)) {
          const chars = [...name];
          if (chars.length < 2) problems.add(location, `kanji variant group "${name}" needs two characters or more, the Japanese form last`);
          for (const ch of chars.slice(0, -1)) discovery.kanjiVariants.set(ch, chars[chars.length - 1]);
        }
      } else if (kind === 'typeSuffixes') {
        if (fields.type === 'other' || checkType(fields.type, location, problems)) {
          for (const { name } of names(kind)) discovery.typeSuffixes.push({ suffix: name, type: fields.type, needsName: fields.needsName === true, source: location });
        }
      } else if (kind === 'pattern') {
        const pattern = toPattern(fields, location, problems);
        if (pattern) patterns.push(pattern);
      } else if (entry) entries.push(entry);
    }
  }
  const byId = new Map<string, Entry>();
  for (const entry of entries) {
    const first = byId.get(entry.id);
    if (first) problems.add(entry.source, `duplicate id "${entry.id}" (first at ${where(first.source)})`);
    else byId.set(entry.id, entry);
  }
  if (!unreadableFile) checkReferences(entries, byId, rejectedIds, problems);
  checkNameClashes(entries, notEntities, problems);
  if (problems.list.length) {
    throw new GlossaryError(
      `dictionary has ${problems.list.length} error${problems.list.length > 1 ? 's' : ''}:\n  ${problems.list.join('\n  ')}`,
      'fix the entries named above (format: dict/README.md)',
    );
  }
  return { entries, byId, patterns, notEntities, discovery, versions, warnings: problems.warnings, hash: hash.digest('hex').slice(0, 32) };
}

const where = (s: SourceLocation) => `${s.file}:${s.line}`;

type Fields = Record<string, string | boolean | string[] | Record<string, string>>;

function readFields(
  item: YAMLMap,
  schema: Record<string, FieldSpec>,
  source: string,
  at: (offset: number) => SourceLocation,
  problems: Problems,
): Fields | undefined {
  const text = (node: Node) => (node.range ? source.slice(node.range[0], node.range[1]) : '');
  const fields: Fields = {};
  let ok = true;
  for (const pair of item.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const loc = at(keyNode?.range?.[0] ?? 0);
    const kind = schema[key]?.kind;
    const value = pair.value as Node | null;
    const valueLoc = value?.range ? at(value.range[0]) : loc;
    if (!kind) {
      problems.add(loc, `unknown field "${key}" (allowed: ${Object.keys(schema).join(', ')})`);
      ok = false;
    } else if (kind === 'list') {
      if (!isSeq(value)) {
        problems.add(valueLoc, `"${key}" must be a list`);
        ok = false;
        continue;
      }
      const list: string[] = [];
      for (const alias of value.items as Node[]) {
        const aliasLoc = at(alias?.range?.[0] ?? 0);
        if (!isScalar(alias) || alias.value === null || String(alias.value).trim() === '') {
          problems.add(aliasLoc, `empty name in "${key}"`);
          ok = false;
        } else if (alias.type === 'PLAIN' && text(alias).includes('\n')) {
          // `- A` indented one space less than the item above it continues that item: `A - B`.
          problems.add(aliasLoc, `"${String(alias.value)}" runs over two lines: check the indentation of the list under "${key}"`);
          ok = false;
        } else if (CONTROL_CHARACTER.test(scalarText(alias))) {
          problems.add(aliasLoc, `"${key}" holds a control character (${describeCharacter(scalarText(alias).match(CONTROL_CHARACTER)![0])}): names are plain text`);
          ok = false;
        } else list.push(scalarText(alias));
      }
      fields[key] = list;
    } else if (kind === 'map') {
      if (!isMap(value)) {
        problems.add(valueLoc, `"${key}" must be a mapping of names to texts (\`name: text\` lines indented under "${key}:")`);
        ok = false;
        continue;
      }
      const map: Record<string, string> = {};
      for (const pair of value.items) {
        const name = pair.key as Node | null;
        const named = pair.value as Node | null;
        const pairLoc = at(name?.range?.[0] ?? value.range?.[0] ?? 0);
        const [nameText, valueText] = [name, named].map((n) => (isScalar(n) && n.value !== null ? scalarText(n) : ''));
        if (!nameText || !valueText) {
          problems.add(pairLoc, `"${key}" holds an empty name or value: write \`name: text\``);
          ok = false;
        } else if (CONTROL_CHARACTER.test(nameText + valueText)) {
          problems.add(pairLoc, `"${key}" holds a control character (${describeCharacter((nameText + valueText).match(CONTROL_CHARACTER)![0])}): names are plain text`);
          ok = false;
        } else map[nameText] = valueText;
      }
      fields[key] = map;
    } else if (kind === 'boolean') {
      if (!isScalar(value) || typeof value.value !== 'boolean') {
        problems.add(valueLoc, `"${key}" must be true or false`);
        ok = false;
      } else fields[key] = value.value;
    } else if (!isScalar(value) || value.value === null || String(value.value).trim() === '') {
      problems.add(valueLoc, `"${key}" must be a non-empty text`);
      ok = false;
    } else if (CONTROL_CHARACTER.test(scalarText(value))) {
      problems.add(valueLoc, `"${key}" holds a control character (${describeCharacter(scalarText(value).match(CONTROL_CHARACTER)![0])}): names are plain text`);
      ok = false;
    } else fields[key] = scalarText(value);
  }
  return ok ? fields : undefined;
}

/**
 * A name or text as written: YAML reads a plain `4E091` as the number 4e+91 and `1.0` as 1, but a
 * dictionary's names are text, so a plain scalar that YAML took for something else keeps its source.
 */
function scalarText(node: Scalar): string {
  const written = node.type === 'PLAIN' && typeof node.value !== 'string' ? node.source : undefined;
  return (written ?? String(node.value)).trim();
}

function checkType(type: unknown, location: SourceLocation, problems: Problems): type is EntityType {
  if (typeof type !== 'string') problems.add(location, 'missing "type"');
  else if (!(ENTITY_TYPES as readonly string[]).includes(type))
    problems.add(location, `unknown type "${type}" (one of: ${ENTITY_TYPES.join(', ')})`);
  else return true;
  return false;
}

/** Whether an item has every field its kind requires; reports those it lacks. */
function hasRequired(kind: ItemKind, f: Fields, location: SourceLocation, problems: Problems): boolean {
  const schema: Record<string, FieldSpec> = DICTIONARY_SCHEMA[kind];
  const missing = Object.keys(schema).filter((field) => schema[field].required && f[field] === undefined);
  const inWhat = kind === 'entry' ? (f.id ? ` in entry "${f.id}"` : '') : ` in ${kind}`;
  for (const field of missing) problems.add(location, `missing "${field}"${inWhat}`);
  return !missing.length;
}

const ENTRY_SCHEMA: Record<string, FieldSpec> = DICTIONARY_SCHEMA.entry;

/** A reading: katakana, the long-vowel mark and the middle dot. */
export const READING = /^[\p{Script=Katakana}ー・]+$/u;

/** `NVIDIA Hopper (architecture)`: a name, then a bracketed word that belongs in `qualifier`. */
const TRAILING_QUALIFIER = /^(.*\S)\s*\(([^()]+)\)$/;

function toEntry(f: Fields, location: SourceLocation, problems: Problems): Entry | undefined {
  if (!checkType(f.type, location, problems)) return undefined;
  const type = f.type;
  if (typeof f.id !== 'string' || !ID_SHAPE.test(f.id)) {
    problems.add(location, `id "${f.id}" must be lower-case letters, digits and "-"`);
    return undefined;
  }
  for (const [field, spec] of Object.entries(ENTRY_SCHEMA)) {
    const value = f[field];
    if (value === undefined) continue;
    if (spec.onlyFor && !spec.onlyFor.includes(type)) problems.add(location, `"${field}" is only for ${spec.onlyFor.join(' and ')} entries`);
    if (spec.oneCharacter && [...String(value)].length !== 1) problems.add(location, `"${field}" must be one character, not "${value}"`);
    // A map's keys must be names of the entry; its values, like a text's value, are checked as the field says.
    const values = spec.kind === 'map' ? Object.entries(value as Record<string, string>) : [[undefined, String(value)] as const];
    for (const [name, text] of values) {
      if (name !== undefined && spec.keysFrom && !((f[spec.keysFrom] as string[] | undefined) ?? []).includes(name)) {
        problems.add(location, `${field} names "${name}", which is not one of the ${spec.keysFrom} of "${f.id}": write it as written under ${spec.keysFrom}`);
      }
      const what = name === undefined ? `${field} "${text}"` : `${field} "${text}" of alias "${name}"`;
      if (spec.katakana && !READING.test(text)) problems.add(location, `${what} of "${f.id}" must be katakana (ー and ・ allowed), without kanji, kana of other kinds or spaces`);
    }
  }
  const bracketed = TRAILING_QUALIFIER.exec(f.en as string);
  if (bracketed) problems.add(location, `en "${f.en}" ends in a bracketed qualifier: write en: ${bracketed[1]} and qualifier: ${bracketed[2]}`);
  // The fields in the table's order (aliases default to none; a name written in katakana is its
  // own reading); readFields has checked each value's kind against the same table, which is
  // what the Entry type is derived from.
  const present = Object.keys(ENTRY_SCHEMA).flatMap((field) => {
    const value = f[field] ?? (field === 'aliases' ? [] : field === 'reading' && READING.test(f.ja as string) ? f.ja : undefined);
    return value === undefined ? [] : [[field, value] as const];
  });
  return { ...Object.fromEntries(present), source: location } as Entry;
}

function toPattern(f: Fields, location: SourceLocation, problems: Problems): Pattern | undefined {
  if (!checkType(f.type, location, problems)) return undefined;
  const compile = (source: string, field: string): RegExp | undefined => {
    let regex: RegExp;
    try {
      regex = new RegExp(source, 'gu');
    } catch (err) {
      problems.add(location, `"${field}" is not a valid regular expression: ${(err as Error).message}`);
      return undefined;
    }
    // Patterns run over every text: one that backtracks without bound would hang the build.
    const unsafe = unsafePatternReason(source, 'gu');
    if (unsafe) {
      problems.add(location, `"${field}" ${unsafe}`);
      return undefined;
    }
    return regex;
  };
  const regex = compile(f.pattern as string, 'pattern');
  const ellipsis = f.ellipsis === undefined ? undefined : compile(f.ellipsis as string, 'ellipsis');
  if (!regex || (f.ellipsis !== undefined && !ellipsis)) return undefined;
  const examples = { ok: ((f.ok as string[] | undefined) ?? []).map(patternExample), notOk: ((f.notOk as string[] | undefined) ?? []).map(patternExample) };
  for (const example of examples.ok) {
    if (!namesSpan(regex, example)) problems.add(location, `ok example "${example.written}" of pattern "${f.id}" is not named by its pattern: fix the pattern or the example`);
  }
  return {
    id: f.id as string,
    type: f.type as EntityType,
    regex,
    ja: (f.ja as string | undefined) ?? '{0}',
    en: (f.en as string | undefined) ?? '{0}',
    ...(ellipsis && { ellipsis }),
    examples,
    source: location,
  };
}

/** An example as written (`【SiliconGate】編集部`, or `H200` for the whole text), normalized as the matcher sees it. */
export function patternExample(written: string): PatternExample {
  const [, before = '', marked = written, after = ''] = /^(.*)【(.+)】(.*)$/su.exec(written) ?? [];
  const { text, toSource } = normalize(before + marked + after);
  // The first normalized character at or after a source offset (the map's last cell is the source's end).
  const at = (offset: number) => toSource.findIndex((source) => source >= offset);
  return { written, text, start: at(before.length), end: at(before.length + marked.length) };
}

/** Whether a pattern's expression matches exactly the example's span, in the example's context. */
function namesSpan(regex: RegExp, { text, start, end }: PatternExample): boolean {
  return [...text.matchAll(regex)].some((m) => m.index === start && m.index + m[0].length === end);
}

/** The entry fields whose value is another entry's id, and that entry's type. */
const REFERENCES = Object.entries(ENTRY_SCHEMA).flatMap(([field, spec]) => (spec.refersTo ? [{ field, type: spec.refersTo }] : []));

function checkReferences(entries: Entry[], byId: Map<string, Entry>, rejectedIds: Set<string>, problems: Problems): void {
  for (const entry of entries) {
    const fields = new Map(Object.entries(entry));
    for (const { field, type } of REFERENCES) {
      const ref = fields.get(field);
      if (typeof ref !== 'string' || rejectedIds.has(ref)) continue;
      const target = byId.get(ref);
      if (!target) problems.add(entry.source, `${field} "${ref}" of "${entry.id}" is not an id in the dictionary`);
      else if (target.type !== type) problems.add(entry.source, `${field} "${ref}" of "${entry.id}" is a ${target.type}, not a ${type}`);
    }
  }
}

/**
 * The names an entry is written with: Japanese, English and every alias. The English name counts
 * with its qualifier: two entries may share `Ministry of Foreign Affairs`, which names neither alone.
 */
export const namesOf = (entry: Pick<Entry, 'ja' | 'en' | 'qualifier' | 'aliases'>): string[] => [entry.ja, qualifiedEn(entry), ...entry.aliases];

function checkNameClashes(entries: Entry[], notEntities: NotEntity[], problems: Problems): void {
  const owner = new Map<string, { entry: Entry; name: string }>();
  const shortOwner = new Map<string, Entry>();
  for (const entry of entries) {
    for (const [index, name] of namesOf(entry).entries()) {
      const key = nameKey(name);
      if (!key) {
        problems.add(entry.source, `"${name}" of "${entry.id}" is empty once normalized`);
        continue;
      }
      const first = owner.get(key);
      if (!first) owner.set(key, { entry, name });
      else if (first.entry === entry) {
        // Spelling variants (`RTX 4090`, `RTX4090`) are kept for readers; the very same name twice is a slip.
        const isAlias = index >= 2; // ja and en come first, and may well be the same (TSMC)
        if (isAlias && normalizedText(name) === normalizedText(first.name)) {
          problems.warn(entry.source, `alias "${name}" of "${entry.id}" repeats its ja, en or another alias`, 'remove the repeated alias');
        }
      } else
        problems.add(
          entry.source,
          `"${name}" of "${entry.id}" is also claimed by "${first.entry.id}" ("${first.name}", ${where(first.entry.source)})`,
        );
    }
    if (entry.short) {
      const first = shortOwner.get(entry.short);
      if (first) problems.add(entry.source, `short form "${entry.short}" of "${entry.id}" is also used by "${first.id}"`);
      else shortOwner.set(entry.short, entry);
    }
  }
  for (const { name, source } of notEntities) {
    const claimed = owner.get(nameKey(name));
    if (claimed) problems.add(source, `"${name}" is listed as not an entity but is a name of "${claimed.entry.id}" (${where(claimed.entry.source)})`);
  }
}
