// A real search engine loads the exported synonym list and user dictionary: Lucene with its
// kuromoji analyzer, as Elasticsearch, OpenSearch and Solr use it (Debian: liblucene8-java,
// libicu4j-java and a JDK). In CI this must run; elsewhere it is skipped with what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { glossaryEntry, type GlossaryEntry } from '../../src/outputs/glossary.js';
import { build } from '../../src/run/build.js';
import { loadDictionary } from '../../src/dictionary/dictionary.js';
import { kuromojiUserDictionary } from '../../src/outputs/formats/kuromojiUserDict.js';
import { solrCasedNames, solrSynonyms } from '../../src/outputs/formats/solr.js';
import { SOLR_FILES, solrFieldType } from '../../src/outputs/formats/solrFieldType.js';
import { loadGlossary } from '../../src/outputs/glossaryFile.js';
import { exportedEntries } from '../../src/commands/export.js';
import { normalize } from '../../src/core/normalize.js';
import { getTokenizer } from '../../src/pipeline/tokenize/tokenize.js';

const JARS = ['lucene-core-8', 'lucene-analyzers-common-8', 'lucene-analyzers-kuromoji-8', 'lucene-analyzers-icu-8', 'icu4j.jar'];
const javaDir = '/usr/share/java';
const jars = existsSync(javaDir) ? JARS.map((prefix) => readdirSync(javaDir).find((f) => f.startsWith(prefix))) : [];
const hasJdk = spawnSync('javac', ['-version']).status === 0;
/** Debian's wamerican: the word list that says which synonym terms are ordinary English words. */
const WORD_LIST = '/usr/share/dict/american-english';
const available = hasJdk && jars.every(Boolean) && existsSync(WORD_LIST);
const INSTALL = 'apt-get install -y default-jdk-headless liblucene8-java libicu4j-java wamerican';

if (!available && process.env.CI) {
  throw new Error(`the Lucene test must run in CI, but ${!hasJdk ? 'javac is' : jars.every(Boolean) ? `${WORD_LIST} is` : 'Lucene jars are'} missing: ${INSTALL}`);
}
if (!available) console.warn(`skipping the Lucene test: install a JDK and Lucene (${INSTALL})`);

interface CheckResult {
  userDictError: string | null;
  synonymsError: string | null;
  rejected: Array<{ line: number; rule: string; error: string }>;
  results: Record<string, string[]>;
}

describe.runIf(available)('Lucene with kuromoji loads the exports and finds the documents', () => {
  const work = mkdtempSync(join(tmpdir(), 'glossary-lucene-'));
  const classpath = [...jars.map((j) => join(javaDir, j!)), work].join(':');
  // English decoys: ordinary words that are, in capitals, names of the glossary.
  const DECOYS: Record<string, { text: string; word: string; capitals: string; entity: string }> = {
    'decoy-ear': { text: 'My left ear hurts after the concert.', word: 'ear', capitals: 'EAR', entity: 'ear' },
    'decoy-oracle': { text: 'The oracle at Delphi spoke in riddles.', word: 'oracle', capitals: 'Oracle', entity: 'oracle' },
    'decoy-china': { text: 'We served the tea in fine china.', word: 'china', capitals: 'China', entity: 'china' },
    'decoy-meta': { text: 'That joke was very meta, said the critic.', word: 'meta', capitals: 'Meta', entity: 'meta' },
    'decoy-screen': { text: 'The screen went dark during the film.', word: 'screen', capitals: 'SCREEN', entity: 'screen' },
    'decoy-us': { text: 'Let us meet after the talk.', word: 'us', capitals: 'US', entity: 'united-states' },
  };
  const decoyDir = join(work, 'decoys');
  mkdirSync(decoyDir);
  for (const [name, { text }] of Object.entries(DECOYS)) writeFileSync(join(decoyDir, `${name}.txt`), `${text}\n`);
  const docs = [...readdirSync('data').map((f) => join('data', f)), ...Object.keys(DECOYS).map((name) => join(decoyDir, `${name}.txt`))];
  let entries: GlossaryEntry[];

  /** Exports the entries, runs the harness with the queries, returns what Lucene said. */
  const check = async (name: string, exported: GlossaryEntry[], queries: string[]): Promise<CheckResult> => {
    const synonyms = join(work, `${name}-synonyms.txt`);
    const cased = join(work, `${name}-cased.txt`);
    const userDict = join(work, `${name}-userdict.txt`);
    const queryFile = join(work, `${name}-queries.txt`);
    writeFileSync(synonyms, solrSynonyms(exported));
    writeFileSync(cased, solrCasedNames(exported));
    writeFileSync(userDict, kuromojiUserDictionary(exported, await getTokenizer()));
    writeFileSync(queryFile, queries.join('\n'));
    const out = execFileSync('java', ['-cp', classpath, 'LuceneCheck', synonyms, cased, userDict, queryFile, ...docs], { encoding: 'utf8' });
    return JSON.parse(out) as CheckResult;
  };
  const countedIn = (e: GlossaryEntry) => Object.keys(e.byDocument).sort();
  const dictionaryEntries = (): GlossaryEntry[] => loadDictionary('dict').entries.map((e) => glossaryEntry(e));
  const byId = (id: string) => entries.find((e) => e.id === id)!;

  beforeAll(async () => {
    execFileSync('javac', ['-cp', classpath, '-d', work, 'tests/outputs/lucene/LuceneCheck.java']);
    const out = join(work, 'out');
    await build({ inputs: ['data'], dictDir: 'dict', outDir: out });
    entries = exportedEntries((await loadGlossary({ glossary: join(out, 'glossary.json') })).entries);
  });

  it('loads the whole dictionary’s synonym list and user dictionary with no rejected rule', async () => {
    const result = await check('dict', dictionaryEntries(), ['nvidia']);
    expect(result.userDictError).toBeNull();
    expect(result.synonymsError).toBeNull();
    expect(result.rejected).toEqual([]);
  });

  it('has no ordinary English word (lower case in wamerican) among the whole dictionary’s synonym terms', () => {
    const words = new Set(readFileSync(WORD_LIST, 'utf8').split('\n').filter((w) => /^[a-z]+$/.test(w)));
    const rules = solrSynonyms(dictionaryEntries()).split('\n').filter((l) => l && !l.startsWith('#'));
    expect(rules.flatMap((rule) => rule.split(/(?<!\\), /)).filter((term) => words.has(term))).toEqual([]);
  });

  describe('with the glossary of data/', () => {
    let result: CheckResult;
    beforeAll(async () => {
      const decoyQueries = Object.values(DECOYS).flatMap((d) => [d.word, d.capitals]);
      const queries = ['bureau of industry and security', 'department of commerce', 'nvidia', ...decoyQueries, ...entries.flatMap((e) => [e.en, e.ja])];
      result = await check('glossary', entries, queries);
    });

    it('the Solr field type, built by CustomAnalyzer from the same factory names, finds exactly what the chain finds', async () => {
      const conf = join(work, 'solr-conf');
      mkdirSync(conf);
      writeFileSync(join(conf, SOLR_FILES.synonyms), solrSynonyms(entries));
      writeFileSync(join(conf, SOLR_FILES.casedNames), solrCasedNames(entries));
      writeFileSync(join(conf, SOLR_FILES.userDictionary), kuromojiUserDictionary(entries, await getTokenizer()));
      writeFileSync(join(conf, 'field-type.xml'), solrFieldType());
      const out = execFileSync('java', ['-cp', classpath, 'LuceneCheck', '--field-type', join(conf, 'field-type.xml'), conf, join(work, 'glossary-queries.txt'), ...docs], { encoding: 'utf8' });
      expect((JSON.parse(out) as Pick<CheckResult, 'results'>).results).toEqual(result.results);
    });

    it('loads both files with no error and no rejected rule', () => {
      expect(result.userDictError).toBeNull();
      expect(result.synonymsError).toBeNull();
      expect(result.rejected).toEqual([]);
    });

    it.each(Object.entries(DECOYS))('%s: the ordinary word finds only the decoy, the name in capitals only the articles', (name, decoy) => {
      expect(result.results[decoy.word]).toEqual([name]);
      expect(result.results[decoy.capitals]).toEqual(countedIn(byId(decoy.entity)));
    });

    it('no Japanese name finds an English decoy', () => {
      const found = entries.flatMap((e) => (result.results[e.ja] ?? []).filter((doc) => doc.startsWith('decoy-')).map((doc) => `${e.ja} → ${doc}`));
      expect(found).toEqual([]);
    });

    it('finds exactly the Japanese documents that mention BIS, the Department of Commerce and NVIDIA', () => {
      expect(result.results['bureau of industry and security']).toEqual(countedIn(byId('bis')));
      expect(result.results['department of commerce']).toEqual(countedIn(byId('us-commerce')));
      expect(result.results.nvidia).toEqual(countedIn(byId('nvidia')));
    });

    it('finds with a Japanese query the documents that write only the English name', () => {
      const japanese = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u;
      const text = (doc: string) => normalize(readFileSync(join('data', `${doc}.txt`), 'utf8')).text;
      const englishOnly = entries.flatMap((e) => {
        const names = [e.ja, ...e.aliases].filter((n) => japanese.test(n)).map((n) => normalize(n).text);
        if (!japanese.test(e.ja)) return [];
        return countedIn(e).filter((doc) => names.every((n) => !text(doc).includes(n))).map((doc) => ({ entity: e, doc }));
      });
      expect(englishOnly.length).toBeGreaterThan(0); // e.g. NVIDIA, written only in Latin letters in some articles
      for (const { entity, doc } of englishOnly) expect(result.results[entity.ja], entity.id).toContain(doc);
    });

    it('finds, for every entity, every document it was counted in with a query for its English name', () => {
      const missed = entries
        .map((e) => ({ id: e.id, query: e.en, missing: countedIn(e).filter((d) => !result.results[e.en]?.includes(d)) }))
        .filter((m) => m.missing.length);
      expect(missed).toEqual([]);
    });

    it('does the same for a query with its Japanese name', () => {
      const missed = entries
        .map((e) => ({ id: e.id, query: e.ja, missing: countedIn(e).filter((d) => !result.results[e.ja]?.includes(d)) }))
        .filter((m) => m.missing.length);
      expect(missed).toEqual([]);
    });
  });
});
