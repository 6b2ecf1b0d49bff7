#!/usr/bin/env node
// npm run eval:discovery [-- --verbose]: how well discovery finds what the dictionary lacks.
// For each corpus (the sample in data/, then the held-out sets in eval/):
//   1. build with the full dictionary, and take the entries it finds that are dictionary entries;
//   2. remove a fixed, seeded third of them from a copy of the dictionary (with the references
//      other entries make to them), and build again with that copy;
//   3. recall@50: how many removed entities have one of their names among the top 50 candidates
//      (as the candidate, one of its written forms, or its partner);
//   4. partners: of the removed entities whose articles write one name with another in brackets
//      (産業安全保障局（BIS）, NVEU (National Validated End User)), how many have a candidate
//      whose partner is one of the entity's English names.
//   5. top 25: how many of the 25 best candidates name a removed entity (the rest are noise as
//      far as this check knows: it counts no entity the full dictionary lacks);
//   6. discovered entries (`source: discovered` in glossary.json): how many name a removed entity
//      (precision), and of those, how many have its type.
// Fails when the sample corpus is below recall@50 0.8 or partners 0.9.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { nameKey, normalize } from '../dist/core/normalize.js';

const SEED = 20261122;
const TOP = 50;
const MIN_RECALL = 0.8;
const MIN_PARTNERS = 0.9;
const verbose = process.argv.includes('--verbose');

const sets = [
  { name: 'sample corpus (data/)', corpus: 'data', gated: true },
  { name: 'held-out set A (eval/heldout/)', corpus: 'eval/heldout/corpus' },
  { name: 'held-out set B (eval/heldout-b/)', corpus: 'eval/heldout-b/corpus' },
  { name: 'held-out set C, real text (eval/heldout-c/)', corpus: 'eval/heldout-c/corpus' },
  { name: 'held-out set D, real text (eval/heldout-d/)', corpus: 'eval/heldout-d/corpus' },
  { name: 'held-out set E, real text (eval/heldout-e/)', corpus: 'eval/heldout-e/corpus' },
  { name: 'held-out set F, real text (eval/heldout-f/)', corpus: 'eval/heldout-f/corpus' },
  { name: 'held-out set G, real text (eval/heldout-g/)', corpus: 'eval/heldout-g/corpus' },
  { name: 'held-out set H, real text (eval/heldout-h/)', corpus: 'eval/heldout-h/corpus' },
  { name: 'held-out set I, real text (eval/heldout-i/)', corpus: 'eval/heldout-i/corpus' },
  { name: 'held-out set J, real text (eval/heldout-j/)', corpus: 'eval/heldout-j/corpus' },
];

/** A small seeded generator (mulberry32), so the removed third is the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seededThird(ids, seed) {
  const next = random(seed);
  const shuffled = [...ids].sort();
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  return new Set(shuffled.slice(0, Math.round(ids.length / 3)));
}

const build = (corpus, dict, out) =>
  execFileSync(process.execPath, ['dist/cli/main.js', 'build', corpus, '--dict', dict, '--out', out, '--quiet', '--no-report'], { stdio: ['ignore', 'ignore', 'inherit'] });

/** The dictionary entries of a folder, by id. */
function dictionaryIds(dir) {
  const ids = new Set();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
    const doc = parseDocument(readFileSync(join(dir, file), 'utf8'));
    if (isSeq(doc.contents)) for (const item of doc.contents.items) if (isMap(item) && item.has('id') && item.has('ja')) ids.add(String(item.get('id')));
  }
  return ids;
}

/** A copy of the dictionary without the given entries, nor the references to them. */
function dictionaryWithout(removed) {
  const dir = mkdtempSync(join(tmpdir(), 'glossary-discovery-dict-'));
  for (const file of readdirSync('dict').filter((f) => f.endsWith('.yml'))) {
    const doc = parseDocument(readFileSync(join('dict', file), 'utf8'));
    if (isSeq(doc.contents)) {
      doc.contents.items = doc.contents.items.filter((item) => !(isMap(item) && removed.has(String(item.get('id')))));
      for (const item of doc.contents.items) {
        if (!isMap(item)) continue;
        for (const field of ['country', 'parent', 'maker']) if (removed.has(String(item.get(field)))) item.delete(field);
      }
    }
    writeFileSync(join(dir, file), doc.toString());
  }
  return dir;
}

const namesOf = (e) => [e.ja, e.en, ...e.aliases];
const isLatin = (name) => /^[\x20-\x7E]+$/.test(normalize(name).text);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether some article writes one of the entity's names with an English one in brackets, either way round. */
function statesInBrackets(entity, texts) {
  const names = namesOf(entity).map((n) => normalize(n).text);
  const latin = names.filter(isLatin);
  for (const a of names) {
    for (const b of latin) {
      if (a === b) continue;
      const flexible = (s) => escape(s).replace(/ /g, '\\s*');
      const forward = new RegExp(`${flexible(a)}\\s*\\((?:[^()\\n]*[、,]\\s*)?(?:以下[、,]?\\s*)?["「]?${flexible(b)}`, 'i');
      const backward = new RegExp(`${flexible(b)}\\s*\\((?:[^()\\n]*[、,]\\s*)?["「]?${flexible(a)}`, 'i');
      if (texts.some((t) => forward.test(t) || backward.test(t))) return true;
    }
  }
  return false;
}

const failures = [];
for (const set of sets) {
  const fullOut = mkdtempSync(join(tmpdir(), 'glossary-discovery-full-'));
  build(set.corpus, 'dict', fullOut);
  const full = JSON.parse(readFileSync(join(fullOut, 'glossary.json'), 'utf8'));
  const listed = dictionaryIds('dict');
  const occurring = full.entries.filter((e) => listed.has(e.id));
  const removed = seededThird(occurring.map((e) => e.id), SEED);
  const reducedOut = mkdtempSync(join(tmpdir(), 'glossary-discovery-reduced-'));
  const reducedDict = dictionaryWithout(removed);
  build(set.corpus, reducedDict, reducedOut);
  const reduced = JSON.parse(readFileSync(join(reducedOut, 'glossary.json'), 'utf8'));
  const { candidates } = JSON.parse(readFileSync(join(reducedOut, 'candidates.json'), 'utf8'));
  const stillFound = new Set(reduced.entries.filter((e) => e.source !== 'discovered').map((e) => e.id));
  // A pattern (Tier 1, 3A090) still names an entity whose entry is gone: it was never lost.
  const evaluated = occurring.filter((e) => removed.has(e.id) && !stillFound.has(e.id));
  const texts = readdirSync(set.corpus).map((f) => normalize(readFileSync(join(set.corpus, f), 'utf8')).text);

  const keysOf = (c) => [c.surface, ...Object.keys(c.surfaces), ...(c.partner ? [c.partner] : [])].map(nameKey);
  let hits = 0;
  let stated = 0;
  let rightPartners = 0;
  const lines = [];
  for (const entity of evaluated) {
    const names = new Set(namesOf(entity).map(nameKey));
    const latinNames = new Set(namesOf(entity).filter(isLatin).map(nameKey));
    const rank = candidates.findIndex((c) => keysOf(c).some((k) => names.has(k))) + 1;
    const hit = rank > 0 && rank <= TOP;
    if (hit) hits++;
    const inBrackets = statesInBrackets(entity, texts);
    const partnered = candidates.find((c) => c.partner && latinNames.has(nameKey(c.partner)) && [c.surface, ...Object.keys(c.surfaces)].some((s) => names.has(nameKey(s))));
    if (inBrackets) {
      stated++;
      if (partnered) rightPartners++;
    }
    lines.push(`  ${hit ? 'found' : 'MISSED'} ${entity.id} (${entity.type}: ${entity.ja} / ${entity.en})${rank ? ` at rank ${rank}` : ''}${inBrackets ? `; in brackets, partner ${partnered ? `"${partnered.partner}"` : 'NOT FOUND'}` : ''}`);
  }
  const removedNames = new Map(evaluated.flatMap((e) => namesOf(e).map((n) => [nameKey(n), e])));
  const entityOf = (c) => keysOf(c).map((k) => removedNames.get(k)).find(Boolean);
  const top25 = candidates.slice(0, 25).filter((c) => entityOf(c)).length;
  const discovered = reduced.entries.filter((e) => e.source === 'discovered');
  const named = discovered.map((e) => ({ e, entity: [e.ja, e.en, ...e.aliases].map((n) => removedNames.get(nameKey(n))).find(Boolean) })).filter((d) => d.entity);
  const typedRight = named.filter((d) => d.e.type === d.entity.type).length;
  const recall = evaluated.length ? hits / evaluated.length : 1;
  const partners = stated ? rightPartners / stated : 1;
  console.log(`\n== ${set.name}`);
  console.log(`removed ${evaluated.length} of ${occurring.length} entities found in the corpus (seed ${SEED}); ${candidates.length} candidates`);
  console.log(`recall@${TOP}: ${hits}/${evaluated.length} = ${recall.toFixed(3)}`);
  console.log(`right English partner: ${rightPartners}/${stated} = ${partners.toFixed(3)} (removed entities written with a bracketed name)`);
  console.log(`top 25 candidates naming a removed entity: ${top25}/${Math.min(25, candidates.length)}`);
  console.log(`discovered entries naming a removed entity: ${named.length}/${discovered.length}; of those typed right: ${typedRight}/${named.length}`);
  if (verbose) for (const d of discovered) console.log(`  discovered ${d.type} ${d.ja} / ${d.en}: ${named.find((n) => n.e === d)?.entity.id ?? 'no removed entity'}`);
  if (verbose) console.log(`${lines.join("\n")}\n  (reduced dictionary: ${reducedDict}, its outputs: ${reducedOut})`);
  if (set.gated && recall < MIN_RECALL) failures.push(`${set.name}: recall@${TOP} ${recall.toFixed(3)} < ${MIN_RECALL}`);
  if (set.gated && partners < MIN_PARTNERS) failures.push(`${set.name}: partners ${partners.toFixed(3)} < ${MIN_PARTNERS}`);
}
if (failures.length) {
  console.error(`\neval:discovery: FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
console.log(`\neval:discovery: passed (sample corpus: recall@${TOP} ≥ ${MIN_RECALL}, partners ≥ ${MIN_PARTNERS})`);
