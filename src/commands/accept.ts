// `glossary accept`: turns candidates from out/candidates.json into dictionary entries, or into
// aliases of existing ones, in the dictionary file that holds that type. The file is edited
// through yaml's document model, so its comments, order and layout stay as they were; the whole
// dictionary is validated with the change before anything is written.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Document, isMap, isScalar, isSeq, parseDocument, type YAMLSeq } from 'yaml';
import { z } from 'zod';
import { writeFilesAtomic } from '../core/atomicWrite.js';
import { lockFolder } from '../core/lock.js';
import { NotRegularFile, readRegularFile } from '../core/readFile.js';
import { loadDictionary, namesOf, parseDictionary, type Dictionary } from '../dictionary/dictionary.js';
import { ENTITY_TYPES, NON_ENTITY_CLASSES, entityIdFrom, isEntityType, type EntityType, type NonEntityClass } from '../core/entity.js';
import { GlossaryError } from '../core/errors.js';
import { CONTROL_CHARACTER, nameKey } from '../core/normalize.js';
import { hasJapanese, hasLatinLetter } from '../core/script.js';
import { displayPath } from '../core/paths.js';
import { byCountThenKey } from '../core/sort.js';

/** Where `glossary build` writes candidates by default. */
export const DEFAULT_CANDIDATES_FILE = 'out/candidates.json';

/** How an error names what a candidate was recognised as instead of an entity. */
const NON_ENTITY_WORDS: Record<NonEntityClass, string> = {
  person: 'a person',
  place: 'a place',
  amount: 'an amount',
  generic: 'a phrase with no sign of a name (generic)',
  other: 'another kind of name',
};

export interface AcceptOptions {
  dictDir: string;
  /** candidates.json of the build (default DEFAULT_CANDIDATES_FILE). */
  candidatesFile?: string;
  /** The type of a new entry, instead of the guessed one. */
  type?: string;
  /** The English name of a new entry, instead of the bracketed partner. */
  en?: string;
  /** The id of a new entry, or of the existing entry the candidate becomes an alias of. */
  id?: string;
}

/** One reviewed candidate: accepted (with its own type, English name or id), or rejected. */
export interface Decision {
  term: string;
  type?: string;
  en?: string;
  id?: string;
  /** The id of the entry it is to be an alias of, which must exist. */
  aliasOf?: string;
  /** Never propose it again: its forms join the stop words of `rejected.yml` in the dictionary. */
  reject?: boolean;
}

export interface Accepted {
  file: string;
  id: string;
  /** A new entry, names added to an existing one, names rejected, or an entry the dictionary already has (a review applied before). */
  kind: 'entry' | 'alias' | 'rejected' | 'unchanged';
  names: string[];
}

/** The dictionary file that holds rejected names, as stop words discovery never proposes again. */
export const REJECTED_FILE = 'rejected.yml';

const YAML_OUTPUT = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * Adds each named candidate to the dictionary (or, for a rejected one, its forms to the stop
 * words), all or none; returns what was added where. A term is a name, with the options' type,
 * English name and id, or a decision of its own (a reviewed row of candidates.csv).
 */
export function accept(terms: Array<string | Decision>, options: AcceptOptions): Accepted[] {
  if (terms.length > 1 && (options.en || options.id)) {
    throw new GlossaryError('--en and --id name one entry', 'accept one candidate at a time when you give --en or --id');
  }
  const decisions = terms.map((t): Decision => (typeof t === 'string' ? { term: t, type: options.type, en: options.en, id: options.id } : t));
  for (const { type } of decisions) {
    if (type !== undefined && !(ENTITY_TYPES as readonly string[]).includes(type)) {
      throw new GlossaryError(`unknown type "${type}"`, `use one of: ${ENTITY_TYPES.join(', ')}`);
    }
  }
  const candidatesFile = options.candidatesFile ?? DEFAULT_CANDIDATES_FILE;
  const candidates = readCandidates(candidatesFile);
  const dictionary = loadDictionary(options.dictDir);
  const files = new Map<string, { path: string; doc: Document }>();
  const open = (name: string) => {
    let file = files.get(name);
    if (!file) {
      const path = join(options.dictDir, name);
      // A type no file holds yet gets a new file, a block list like the others.
      const doc = existsSync(path) ? parseDocument(readFileSync(path, 'utf8')) : new Document([]);
      file = { path, doc };
      files.set(name, file);
    }
    return file;
  };
  const accepted: Accepted[] = [];
  for (const decision of decisions) {
    const candidate = findCandidate(candidates, decision.term, candidatesFile);
    if (decision.aliasOf && !dictionary.byId.has(decision.aliasOf)) {
      throw new GlossaryError(`"${decision.term}": no entry "${decision.aliasOf}" in ${options.dictDir} to be an alias of`, 'give the id of an existing entry (glossary lookup NAME shows it), or accept it as a new entry');
    }
    const existingId = decision.aliasOf ?? (decision.id && dictionary.byId.has(decision.id) ? decision.id : candidate.aliasOf?.id);
    if (decision.reject) {
      const file = open(REJECTED_FILE);
      const stopWords = stopWordsOf(file.doc);
      const rejected = new Set(stopWords.items.map((item) => nameKey(String(isScalar(item) ? item.value : item))));
      const names = newNames(candidate).filter((n) => !rejected.has(nameKey(n)));
      stopWords.items.push(...names.map((n) => file.doc.createNode(n)));
      accepted.push({ file: file.path, id: candidate.surface, kind: 'rejected', names });
    } else if (existingId) {
      const entry = dictionary.byId.get(existingId);
      if (!entry) throw new GlossaryError(`"${existingId}" is not an id in ${options.dictDir}`, 'check the id, or build again so that candidates.json matches the dictionary');
      const known = new Set(namesOf(entry).map(nameKey));
      const names = newNames(candidate).filter((n) => !known.has(nameKey(n)));
      const file = open(basename(entry.source.file));
      const item = itemWithId(file.doc, existingId);
      if (!item.has('aliases')) item.set('aliases', file.doc.createNode([]));
      const aliases = item.get('aliases');
      if (!isSeq(aliases)) throw new GlossaryError(`${displayPath(file.path)}: "aliases" of "${existingId}" is not a list`, 'fix the entry first');
      for (const name of names) aliases.add(file.doc.createNode(name));
      accepted.push({ file: file.path, id: existingId, kind: 'alias', names });
    } else {
      const type = decision.type ?? candidate.type;
      if (!isEntityType(type)) {
        throw new GlossaryError(`"${candidate.surface}" was recognised as ${NON_ENTITY_WORDS[type as NonEntityClass] ?? type}, not an entity`, `if it names one, give its type: glossary accept ${candidate.surface} --type company|chip|agency|regulation|country|model`);
      }
      const { ja, en, aliases } = entryNames(candidate, decision.en);
      const id = decision.id ?? idFrom(en);
      // Applied before (the same reviewed CSV run again): the entry is there with this name.
      const already = dictionary.byId.get(id);
      if (already && namesOf(already).some((n) => nameKey(n) === nameKey(ja))) {
        accepted.push({ file: already.source.file, id, kind: 'unchanged', names: [] });
        continue;
      }
      const file = open(fileForType(dictionary, type));
      const seq = file.doc.contents;
      if (!isSeq(seq)) throw new GlossaryError(`${displayPath(file.path)}: not a list of entries`, 'fix the file first');
      const node = file.doc.createNode({ id, type, ja, en, ...(aliases.length && { aliases }) });
      node.spaceBefore = seq.items.length > 0;
      seq.items.push(node);
      accepted.push({ file: file.path, id, kind: 'entry', names: [ja, en, ...aliases] });
    }
  }
  const changed = [...files.values()].map((f) => ({ path: f.path, content: f.doc.toString(YAML_OUTPUT) }));
  validate(options.dictDir, changed);
  // All changed files or none, and never two accepts (or an accept and a hand edit by another run) at once.
  const lock = lockFolder(options.dictDir, 'accept');
  try {
    writeFilesAtomic(changed);
  } finally {
    lock.release();
  }
  return accepted;
}

/** The stop-word list of rejected.yml, made when it is not there yet. */
function stopWordsOf(doc: Document): YAMLSeq {
  if (!isSeq(doc.contents)) throw new GlossaryError(`${REJECTED_FILE}: not a list`, 'fix the file first');
  const found = doc.contents.items.find((item) => isMap(item) && item.has('stopWords'));
  if (isMap(found)) {
    const list = found.get('stopWords');
    if (isSeq(list)) return list;
  }
  const item = doc.createNode({ stopWords: [], note: 'rejected in review (glossary accept --from): never proposed again' });
  doc.contents.items.push(item);
  return item.get('stopWords') as YAMLSeq;
}

function readCandidates(path: string): Acceptable[] {
  let text: string;
  try {
    text = readRegularFile(path).toString('utf8');
  } catch (err) {
    if (err instanceof NotRegularFile) throw new GlossaryError(`${path}: is ${err.kind}, not a candidates file`, 'give the candidates.json that `glossary build` wrote');
    throw new GlossaryError(`${path}: no candidates file`, 'run `glossary build` first; it writes out/candidates.json');
  }
  let data: { format?: unknown; candidates?: unknown };
  try {
    data = JSON.parse(text);
  } catch {
    data = {};
  }
  if (data?.format !== 'glossary-candidates' || !Array.isArray(data.candidates)) {
    throw new GlossaryError(`${path}: not a candidates file`, 'give the candidates.json that `glossary build` wrote');
  }
  return data.candidates.map((c, i) => {
    const checked = candidateSchema.safeParse(c);
    if (checked.success) return checked.data;
    const issue = checked.error.issues[0];
    const field = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
    throw new GlossaryError(`${path}: candidate ${i + 1}: ${field ? `${field}: ` : ''}${issue.message}`, 'give the candidates.json that `glossary build` wrote, or build again');
  });
}

/** What accept reads of a candidate; the rest of the file is left as it is. */
const name = z.string().min(1).max(10_000).refine((s) => !CONTROL_CHARACTER.test(s), 'holds a control character');
const candidateSchema = z.looseObject({
  surface: name,
  normalized: name,
  // A candidate may be recognised as no entity (a person, an amount…): accept then needs --type.
  type: z.enum([...ENTITY_TYPES, ...NON_ENTITY_CLASSES]),
  partner: name.nullable().optional(),
  aliasOf: z.looseObject({ id: name }).nullable().optional(),
  surfaces: z.record(name, z.number().int().nonnegative()),
});
type Acceptable = z.infer<typeof candidateSchema>;

/** The candidate named by its surface, its normalized form, any written form or its partner. */
function findCandidate(candidates: Acceptable[], term: string, file: string): Acceptable {
  const key = nameKey(term);
  const found =
    candidates.find((c) => nameKey(c.surface) === key || nameKey(c.normalized) === key) ??
    candidates.find((c) => Object.keys(c.surfaces).some((s) => nameKey(s) === key) || (c.partner && nameKey(c.partner) === key));
  if (!found) throw new GlossaryError(`"${term}" is not a candidate in ${file}`, 'give a surface or partner from candidates.csv (or lower --min-score and build again)');
  return found;
}

/** Every name a candidate was written with, and its partner. */
const newNames = (c: Acceptable) => unique([...Object.keys(c.surfaces), ...(c.partner ? [c.partner] : [])]);

function entryNames(c: Acceptable, en?: string): { ja: string; en: string; aliases: string[] } {
  const names = newNames(c);
  const ja = names.find(hasJapanese) ?? c.surface;
  const english = en ?? names.find((n) => !hasJapanese(n) && hasLatinLetter(n) && n.includes(' ')) ?? names.find((n) => !hasJapanese(n));
  if (!english) throw new GlossaryError(`"${c.surface}" has no English name in the articles`, `give one: glossary accept ${c.surface} --en "English Name"`);
  const taken = new Set([nameKey(ja), nameKey(english)]);
  return { ja, en: english, aliases: names.filter((n) => !taken.has(nameKey(n))) };
}

/** An id from the English name: lower case, words joined by hyphens. */
function idFrom(en: string): string {
  const id = entityIdFrom(en);
  if (!id) throw new GlossaryError(`cannot make an id from "${en}"`, 'give one with --id');
  return id;
}

/** The dictionary file holding most entries of a type, or `<type>.yml` when none does. */
function fileForType(dictionary: Dictionary, type: EntityType): string {
  const counts = new Map<string, number>();
  for (const e of dictionary.entries) if (e.type === type) counts.set(basename(e.source.file), (counts.get(basename(e.source.file)) ?? 0) + 1);
  return [...counts].sort(byCountThenKey)[0]?.[0] ?? `${type}.yml`;
}

function itemWithId(doc: Document, id: string) {
  const seq = doc.contents;
  const item = isSeq(seq) ? seq.items.find((i) => isMap(i) && String(i.get('id')) === id) : undefined;
  if (!isMap(item)) throw new GlossaryError(`entry "${id}" not found in its file`, 'build again so that candidates.json matches the dictionary');
  return item;
}

/** Loads the dictionary as it would be after the change; its errors refuse the change. */
function validate(dictDir: string, changed: Array<{ path: string; content: string }>): void {
  const replaced = new Map(changed.map((c) => [basename(c.path), c.content]));
  const names = new Set([...readdirSync(dictDir).filter((n) => ['.yml', '.yaml'].includes(extname(n))), ...replaced.keys()]);
  const sources = [...names].sort().map((n) => ({ path: displayPath(join(dictDir, n)), text: replaced.get(n) ?? readFileSync(join(dictDir, n), 'utf8') }));
  try {
    parseDictionary(sources);
  } catch (err) {
    if (!(err instanceof GlossaryError)) throw err;
    throw new GlossaryError(`not accepted, the dictionary would not load: ${err.message}`, 'change --id, --en or --type, or edit the entry by hand');
  }
}

const unique = (names: string[]) => [...new Map(names.map((n) => [nameKey(n), n])).values()];
