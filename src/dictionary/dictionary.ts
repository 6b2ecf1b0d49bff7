// The dictionary schema and its loader: the one module that knows what a dictionary file may
// hold. Files are YAML lists (see dict/README.md); every problem is reported with file:line:col
// and the build stops before any output is written.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { cachedParse, type DictionarySource } from './cache.js';
import { GlossaryError, type Diagnostic } from '../core/errors.js';
import { unsafePatternReason } from './safeRegex.js';
import { COMMIT_PREFIX } from '../core/atomicWrite.js';
import { lockFolder } from '../core/lock.js';
import { NotRegularFile, readRegularFile } from '../core/readFile.js';
import { ENTITY_TYPES, type Entity, type EntityType } from '../core/entity.js';
import { displayPath } from '../core/paths.js';
import { CONTROL_CHARACTER, describeCharacter, nameKey, normalizedText } from '../core/normalize.js';


export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/** A dictionary entry: the entity and what the matcher needs to know about its names. */
export interface Entry extends Entity {
  /** Latin names match only in the case written. */
  exactCase?: boolean;
  /** Agencies: the country whose names may precede this name (`米` + `商務省`). */
  country?: string;
  /** Agencies: the body this one belongs to; `parent (の) name` is this entity alone. */
  parent?: string;
  /** Countries: one-kanji short form used in fused abbreviations (`米中`) and before names. */
  short?: string;
  /** Countries: the short form names the country on its own before any noun (`米政府`). */
  shortAlone?: boolean;
  /** Chips and models: id of the company that makes it. */
  maker?: string;
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
  source: SourceLocation;
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
  typeSuffixes: Array<{ suffix: string; type: EntityType; source: SourceLocation }>;
}

/** The shape of a checked Dictionary; raise it when the shape changes, so no cache serves the old one. */
export const DICTIONARY_SCHEMA_VERSION = 2;

export interface Dictionary {
  entries: Entry[];
  byId: Map<string, Entry>;
  patterns: Pattern[];
  notEntities: NotEntity[];
  discovery: DiscoveryRules;
  /** Problems that do not stop a build (a name repeated within its entry), with file:line:col. */
  warnings: Diagnostic[];
  /**
   * What identifies this dictionary: a hash of its files' names and texts and of the schema
   * version. Partials carry it, so that `glossary merge` never adds up counts made with two dictionaries.
   */
  hash: string;
}

const ENTRY_FIELDS: Record<string, 'string' | 'boolean' | 'list'> = {
  id: 'string',
  type: 'string',
  ja: 'string',
  en: 'string',
  aliases: 'list',
  note: 'string',
  exactCase: 'boolean',
  country: 'string',
  parent: 'string',
  short: 'string',
  shortAlone: 'boolean',
  maker: 'string',
};
const PATTERN_FIELDS: Record<string, 'string' | 'boolean' | 'list'> = {
  id: 'string',
  type: 'string',
  pattern: 'string',
  ja: 'string',
  en: 'string',
  ellipsis: 'string',
  note: 'string',
};
const NOT_ENTITY_FIELDS: Record<string, 'string' | 'boolean' | 'list'> = { notEntities: 'list', note: 'string' };
const STOP_WORD_FIELDS: Record<string, 'string' | 'boolean' | 'list'> = { stopWords: 'list', note: 'string' };
const STOP_PREFIX_FIELDS: Record<string, 'string' | 'boolean' | 'list'> = { stopPrefixes: 'list', note: 'string' };
const TYPE_SUFFIX_FIELDS: Record<string, 'string' | 'boolean' | 'list'> = { typeSuffixes: 'list', type: 'string', note: 'string' };
/** The kinds of list item, each told by the field only it has; anything else is an entry. */
const ITEM_KINDS = [
  { field: 'pattern', schema: PATTERN_FIELDS },
  { field: 'notEntities', schema: NOT_ENTITY_FIELDS },
  { field: 'stopWords', schema: STOP_WORD_FIELDS },
  { field: 'stopPrefixes', schema: STOP_PREFIX_FIELDS },
  { field: 'typeSuffixes', schema: TYPE_SUFFIX_FIELDS },
] as const;
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
    ['stopWords', 'stopPrefixes', 'typeSuffixes'].every((k) => Array.isArray(d.discovery[k as keyof DiscoveryRules])) &&
    d.entries.every((e) => typeof e?.id === 'string' && typeof e.ja === 'string' && typeof e.en === 'string' && Array.isArray(e.aliases) && d.byId.get(e.id) !== undefined)
  );
}

/** Parses and validates dictionary sources (exported for tests, which pass YAML text directly). */
export function parseDictionary(files: DictionarySource[]): Dictionary {
  const problems = new Problems();
  const entries: Entry[] = [];
  const patterns: Pattern[] = [];
  const notEntities: NotEntity[] = [];
  const discovery: DiscoveryRules = { stopWords: [], stopPrefixes: [], typeSuffixes: [] };
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
      const kind = ITEM_KINDS.find((k) => item.has(k.field))?.field ?? 'entry';
      const schema = ITEM_KINDS.find((k) => k.field === kind)?.schema ?? ENTRY_FIELDS;
      const fields = readFields(item, schema, text, at, problems);
      const entry = fields && kind === 'entry' ? toEntry(fields, location, problems) : undefined;
      if (kind === 'entry' && !entry && isScalar(item.get('id', true))) {
        // An entry with errors still holds its id, so references to it do not fail as well.
        rejectedIds.add(String(item.get('id')));
      }
      if (!fields) continue;
      const names = (field: string) => (fields[field] as string[]).map((name) => ({ name, source: location }));
      if (kind === 'notEntities') notEntities.push(...names(kind));
      else if (kind === 'stopWords' || kind === 'stopPrefixes') discovery[kind].push(...names(kind));
      else if (kind === 'typeSuffixes') {
        if (checkType(fields.type, location, problems)) {
          for (const { name } of names(kind)) discovery.typeSuffixes.push({ suffix: name, type: fields.type, source: location });
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
  return { entries, byId, patterns, notEntities, discovery, warnings: problems.warnings, hash: hash.digest('hex').slice(0, 32) };
}

const where = (s: SourceLocation) => `${s.file}:${s.line}`;

type Fields = Record<string, string | boolean | string[]>;

function readFields(
  item: YAMLMap,
  schema: Record<string, 'string' | 'boolean' | 'list'>,
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
    const kind = schema[key];
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
        } else if (CONTROL_CHARACTER.test(String(alias.value))) {
          problems.add(aliasLoc, `"${key}" holds a control character (${describeCharacter(String(alias.value).match(CONTROL_CHARACTER)![0])}): names are plain text`);
          ok = false;
        } else list.push(String(alias.value).trim());
      }
      fields[key] = list;
    } else if (kind === 'boolean') {
      if (!isScalar(value) || typeof value.value !== 'boolean') {
        problems.add(valueLoc, `"${key}" must be true or false`);
        ok = false;
      } else fields[key] = value.value;
    } else if (!isScalar(value) || value.value === null || String(value.value).trim() === '') {
      problems.add(valueLoc, `"${key}" must be a non-empty text`);
      ok = false;
    } else if (CONTROL_CHARACTER.test(String(value.value))) {
      problems.add(valueLoc, `"${key}" holds a control character (${describeCharacter(String(value.value).match(CONTROL_CHARACTER)![0])}): names are plain text`);
      ok = false;
    } else fields[key] = String(value.value).trim();
  }
  return ok ? fields : undefined;
}

function checkType(type: unknown, location: SourceLocation, problems: Problems): type is EntityType {
  if (typeof type !== 'string') problems.add(location, 'missing "type"');
  else if (!(ENTITY_TYPES as readonly string[]).includes(type))
    problems.add(location, `unknown type "${type}" (one of: ${ENTITY_TYPES.join(', ')})`);
  else return true;
  return false;
}

function toEntry(f: Fields, location: SourceLocation, problems: Problems): Entry | undefined {
  const missing = ['id', 'type', 'ja', 'en'].filter((k) => f[k] === undefined);
  for (const k of missing) problems.add(location, `missing "${k}"${f.id ? ` in entry "${f.id}"` : ''}`);
  if (missing.length || !checkType(f.type, location, problems)) return undefined;
  const id = f.id as string;
  if (!ID_SHAPE.test(id)) {
    problems.add(location, `id "${id}" must be lower-case letters, digits and "-"`);
    return undefined;
  }
  const type = f.type as EntityType;
  const onlyFor = (field: string, types: EntityType[]) => {
    if (f[field] !== undefined && !types.includes(type)) problems.add(location, `"${field}" is only for ${types.join(' and ')} entries`);
  };
  onlyFor('country', ['agency']);
  onlyFor('parent', ['agency']);
  onlyFor('short', ['country']);
  onlyFor('shortAlone', ['country']);
  onlyFor('maker', ['chip', 'model']);
  if (typeof f.short === 'string' && [...f.short].length !== 1) problems.add(location, `"short" must be one character, not "${f.short}"`);
  return {
    id,
    type,
    ja: f.ja as string,
    en: f.en as string,
    aliases: (f.aliases as string[] | undefined) ?? [],
    ...(f.note !== undefined && { note: f.note as string }),
    ...(f.exactCase !== undefined && { exactCase: f.exactCase as boolean }),
    ...(f.country !== undefined && { country: f.country as string }),
    ...(f.parent !== undefined && { parent: f.parent as string }),
    ...(f.short !== undefined && { short: f.short as string }),
    ...(f.shortAlone !== undefined && { shortAlone: f.shortAlone as boolean }),
    ...(f.maker !== undefined && { maker: f.maker as string }),
    source: location,
  };
}

function toPattern(f: Fields, location: SourceLocation, problems: Problems): Pattern | undefined {
  for (const k of ['id', 'type']) if (f[k] === undefined) problems.add(location, `missing "${k}" in pattern`);
  if (f.id === undefined || !checkType(f.type, location, problems)) return undefined;
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
  return {
    id: f.id as string,
    type: f.type as EntityType,
    regex,
    ja: (f.ja as string | undefined) ?? '{0}',
    en: (f.en as string | undefined) ?? '{0}',
    ...(ellipsis && { ellipsis }),
    source: location,
  };
}

function checkReferences(entries: Entry[], byId: Map<string, Entry>, rejectedIds: Set<string>, problems: Problems): void {
  const expect = (entry: Entry, field: 'country' | 'parent' | 'maker', type: EntityType) => {
    const ref = entry[field];
    if (ref === undefined || rejectedIds.has(ref)) return;
    const target = byId.get(ref);
    if (!target) problems.add(entry.source, `${field} "${ref}" of "${entry.id}" is not an id in the dictionary`);
    else if (target.type !== type) problems.add(entry.source, `${field} "${ref}" of "${entry.id}" is a ${target.type}, not a ${type}`);
  };
  for (const entry of entries) {
    expect(entry, 'country', 'country');
    expect(entry, 'parent', 'agency');
    expect(entry, 'maker', 'company');
  }
}

/** The names an entry is written with: Japanese, English and every alias. */
export const namesOf = (entry: Pick<Entry, 'ja' | 'en' | 'aliases'>): string[] => [entry.ja, entry.en, ...entry.aliases];

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
