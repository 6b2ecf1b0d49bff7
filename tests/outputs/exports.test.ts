import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { glossaryEntry, type GlossaryEntry } from '../../src/outputs/glossary.js';
import { loadDictionary } from '../../src/dictionary/dictionary.js';
import { deeplRows, deeplTsv } from '../../src/outputs/formats/deepl.js';
import { esIndexSettings } from '../../src/outputs/formats/esIndexSettings.js';
import { esSynonymsSet } from '../../src/outputs/formats/esSynonymsSet.js';
import { kuromojiUserDictionary, userDictionaryEntries, userDictionaryRules } from '../../src/outputs/formats/kuromojiUserDict.js';
import { casedNameRules, escapeSynonymTerm, solrCasedNames, solrRules, solrSynonyms } from '../../src/outputs/formats/solr.js';
import { SUBJECT_FIELD, tbx, termType } from '../../src/outputs/formats/tbx.js';
import { getTokenizer, type Tokenizer } from '../../src/pipeline/tokenize/tokenize.js';
import { kuromojiReading } from '../../src/pipeline/tokenize/reading.js';
import { namesAndSurfaces } from '../../src/outputs/formats/synonymTerms.js';
import { normalize } from '../../src/core/normalize.js';
import { build } from '../../src/run/build.js';

const entry = (over: Partial<GlossaryEntry>): GlossaryEntry => ({
  id: 'x', type: 'company', ja: 'エックス', en: 'X', aliases: [], source: 'dictionary', mentions: 0, documents: 0,
  byDocument: {}, surfaces: {}, examples: [], ...over,
});
const bis = entry({
  id: 'bis', type: 'agency', ja: '産業安全保障局', en: 'Bureau of Industry and Security', aliases: ['BIS', '商務省産業安全保障局'],
  surfaces: { BIS: 2, 米: 1, '商務省の産業安全保障局': 1 },
});
const tricky = entry({ id: 'foo', ja: 'フー社', en: 'Foo, Inc.', aliases: ['#hash', 'a => b', 'back\\slash', '・'] });
const dictionary = loadDictionary('dict').entries.map((e) => glossaryEntry(e));
let tokenize: Tokenizer;
beforeAll(async () => {
  tokenize = await getTokenizer();
});

describe('solr synonyms', () => {
  const text = solrSynonyms([bis, tricky]);
  const rules = text.split('\n').filter((l) => l && !l.startsWith('#'));

  it('has one lower-cased equivalence line per entity after a comment naming its id and type, acronyms as their cased tokens', () => {
    expect(text).toContain('# bis (agency): Bureau of Industry and Security\n産業安全保障局, bureau of industry and security, glossarybis, 商務省産業安全保障局, 商務省の産業安全保障局\n');
  });
  it.each([
    ['an acronym', ['EAR'], 'glossaryear', 'EAR => glossaryear'],
    ['a capitalised name that is a word in lower case', ['Oracle'], 'glossaryoracle', 'Oracle, ORACLE => glossaryoracle'],
    ['an ordinary word in lower case', ['ear'], undefined, undefined],
    ['a name that is no word', ['Nvidia'], 'nvidia', undefined],
    ['a cased name inside a longer one', ['EAR, Part 744', 'EAR99'], 'ear\\, part 744', undefined],
  ])('%s: %j', (_, aliases, term, casedRule) => {
    const one = entry({ ja: '輸出管理規則', en: 'Export Administration Regulations', aliases });
    const terms = solrRules([one])[0].rule.split(/(?<!\\), /);
    if (term) expect(terms).toContain(term);
    else expect(terms).toEqual(['輸出管理規則', 'export administration regulations']);
    if (casedRule) expect(casedNameRules([one])).toEqual([casedRule]);
  });
  it('replaces a cased name wherever it stands as a word, as the filter does in the text', () => {
    const one = entry({ ja: '輸出管理規則', en: 'Export Administration Regulations', aliases: ['EAR', 'EAR99', 'EAR Part 744', 'Earnshaw'] });
    expect(solrRules([one])[0].rule).toBe('輸出管理規則, export administration regulations, glossaryear, ear99, glossaryear part 744, earnshaw');
  });
  it('keeps NVIDIA (cased) and Nvidia (lower-cased) apart, as the analyzer does, and nvidia once', () => {
    const one = entry({ ja: 'エヌビディア', en: 'NVIDIA', aliases: ['Nvidia', 'nvidia'] });
    expect(solrRules([one])[0].rule).toBe('エヌビディア, glossarynvidia, nvidia');
  });
  it('leaves out one-character surfaces and punctuation-only names', () => {
    expect(rules[0].split(', ')).not.toContain('米');
    expect(rules[1]).not.toMatch(/, ・/);
  });
  it('escapes commas, backslashes, arrows and a leading #', () => {
    expect(escapeSynonymTerm('foo, inc.')).toBe('foo\\, inc.');
    expect(escapeSynonymTerm('a => b')).toBe('a \\=> b');
    expect(escapeSynonymTerm('#hash')).toBe('\\#hash');
    expect(escapeSynonymTerm('back\\slash')).toBe('back\\\\slash');
    expect(rules[1].startsWith('#')).toBe(false);
  });
  it('never repeats a term across lines (synonyms are not transitive)', () => {
    const terms = solrSynonyms(dictionary).split('\n').filter((l) => l && !l.startsWith('#')).flatMap((l) => l.split(/(?<!\\), /));
    expect(new Set(terms).size).toBe(terms.length);
  });
});

describe('Elasticsearch synonyms set', () => {
  it('is the PUT _synonyms body: one rule per entity, rule id = entity id', () => {
    const body = JSON.parse(esSynonymsSet([bis]));
    expect(body.synonyms_set).toEqual([{ id: 'bis', synonyms: expect.stringContaining('bureau of industry and security, glossarybis') }]);
  });
});

describe('kuromoji user dictionary', () => {
  const sources: Record<string, GlossaryEntry[]> = { 'the whole dictionary': dictionary };
  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'glossary-userdict-'));
    sources['the glossary of data/, with the forms the articles used'] = (await build({ inputs: ['data'], dictDir: 'dict', outDir: out })).glossary.entries;
  });
  /** What each name should read as: the dictionary's reading where it has one, else kuromoji's. */
  const expectedReadings = (entries: GlossaryEntry[]): Map<string, string | undefined> => {
    const expected = new Map<string, string | undefined>();
    for (const entry of entries) {
      const curated = new Map([...(entry.reading === undefined ? [] : [[entry.ja, entry.reading]]), ...Object.entries(entry.readings ?? {})].map(([name, r]) => [normalize(name).text.trim(), r]));
      for (const name of namesAndSurfaces(entry).map((n) => normalize(n).text.trim())) {
        if (!expected.has(name.toLowerCase())) expected.set(name.toLowerCase(), curated.get(name) ?? kuromojiReading(name, tokenize));
      }
    }
    return expected;
  };

  it.each(['the whole dictionary', 'the glossary of data/, with the forms the articles used'])(
    '%s: valid lines whose segments join to the surface and whose readings, katakana only, join to the name’s reading',
    (name) => {
      const entries = sources[name];
      const expected = expectedReadings(entries);
      const lines = kuromojiUserDictionary(entries, tokenize).split('\n').filter((l) => l && !l.startsWith('#'));
      expect(lines.length).toBeGreaterThan(name === 'the whole dictionary' ? 1000 : 50);
      const surfaces = new Set<string>();
      for (const line of lines) {
        const fields = line.split(',');
        expect(fields, line).toHaveLength(4);
        const [surface, segmentation, readings, pos] = fields;
        expect(segmentation.split(' ').join(''), line).toBe(surface);
        expect(readings.split(' ').length, line).toBe(segmentation.split(' ').length);
        expect(readings, line).toMatch(/^[\p{Script=Katakana}ー・ ]+$/u);
        expect(readings.split(' ').join(''), line).toBe(expected.get(surface.toLowerCase()));
        expect(pos).toBe('カスタム名詞');
        expect(line).not.toContain('#');
        expect(surfaces.has(surface), `duplicate ${surface}`).toBe(false);
        surfaces.add(surface);
      }
    },
  );
  it('leaves out names Japanese does not read (Chinese forms), rather than give them a reading in kanji', () => {
    const surfaces = userDictionaryEntries([entry({ ja: 'ファーウェイ', en: 'Huawei', aliases: ['华为', '華為技術'] })], tokenize).map((e) => e.surface);
    expect(surfaces).toEqual(['華為技術']);
  });
  it('reads every Japanese name and alias of the dictionary that has a curated reading as that reading', () => {
    const lines = new Map(userDictionaryEntries(dictionary, tokenize).map((e) => [e.surface, e.readings.join('')]));
    const curated = dictionary.flatMap((e) => [...(e.reading === undefined ? [] : [[e.ja, e.reading]]), ...Object.entries(e.readings ?? {})]);
    const read = curated.filter(([name]) => lines.has(name));
    expect(read.filter(([name, reading]) => lines.get(name) !== reading).map(([name, reading]) => `${name}: ${lines.get(name)} ≠ ${reading}`)).toEqual([]);
    expect(read.length).toBeGreaterThan(500);
  });
  it.each([
    ['kuromoji reads it right: its own cut', { ja: '産業安全保障局', reading: 'サンギョウアンゼンホショウキョク' }, '産業安全保障局', ['産業', '安全', '保障', '局'], ['サンギョウ', 'アンゼン', 'ホショウ', 'キョク']],
    ['kuromoji reads all of it wrong: one word', { ja: '百度', reading: 'バイドゥ' }, '百度', ['百度'], ['バイドゥ']],
    ['an alias read wrong in two words: one word', { aliases: ['昇騰'], readings: { 昇騰: 'ショウトウ' } }, '昇騰', ['昇騰'], ['ショウトウ']],
    ['an alias read wrong at the start: the rest keeps its cut', { aliases: ['華為技術'], readings: { 華為技術: 'ファーウェイギジュツ' } }, '華為技術', ['華為', '技術'], ['ファーウェイ', 'ギジュツ']],
    ['an alias read wrong in the middle', { aliases: ['北方稀土'], readings: { 北方稀土: 'ホッポウキド' } }, '北方稀土', ['北方', '稀', '土'], ['ホッポウ', 'キ', 'ド']],
    ['an alias without a curated reading: kuromoji’s', { aliases: ['台積電'] }, '台積電', ['台', '積', '電'], ['タイ', 'セキ', 'デン']],
  ])('%s: %s', (_, fields, surface, segments, readings) => {
    const line = userDictionaryEntries([entry({ ja: 'エックス', en: 'X', ...fields })], tokenize).find((e) => e.surface === surface);
    expect(line).toEqual({ surface, segments, readings });
  });
  it('pins kanji names to kuromoji’s normal segmentation and leaves short katakana and Latin names alone', () => {
    const entries = userDictionaryEntries([bis, entry({ id: 'n', ja: 'エヌビディア', en: 'NVIDIA' })], tokenize);
    expect(entries.find((e) => e.surface === '産業安全保障局')?.segments).toEqual(['産業', '安全', '保障', '局']);
    expect(entries.map((e) => e.surface)).not.toContain('エヌビディア');
    expect(entries.map((e) => e.surface)).not.toContain('bis');
  });
});

describe('Elasticsearch index settings', () => {
  const settings = JSON.parse(esIndexSettings()).settings.analysis;
  it('wires NFKC, kuromoji in search mode with the user dictionary, width folding, lower case and the synonym graph', () => {
    expect(settings.tokenizer.glossary_kuromoji).toMatchObject({ type: 'kuromoji_tokenizer', mode: 'search', user_dictionary: expect.any(String) });
    expect(settings.filter.glossary_synonyms).toMatchObject({ type: 'synonym_graph', synonyms_path: expect.any(String), lenient: false });
    expect(settings.analyzer.glossary_search.filter).toEqual(['cjk_width', 'glossary_cased_names', 'lowercase', 'glossary_synonyms']);
    expect(settings.analyzer.glossary_index.filter).toEqual(['cjk_width', 'glossary_cased_names', 'lowercase']);
  });
  const rules = () => ({ synonyms: solrRules([bis]).map((r) => r.rule), casedNames: casedNameRules([bis]), userDictionary: userDictionaryRules([bis], tokenize) });
  it.each([
    ['files', 'paths in config/analysis', { user_dictionary: 'analysis/glossary-userdict.txt' }, { synonyms_path: 'analysis/glossary-cased-names.txt' }, { synonyms_path: 'analysis/glossary-synonyms.txt', updateable: true }],
    ['inline', 'every rule in the settings', { user_dictionary_rules: 'userDictionary' }, { synonyms: 'casedNames' }, { synonyms: 'synonyms' }],
    ['synonyms-set', 'the synonyms set, the rest inline', { user_dictionary_rules: 'userDictionary' }, { synonyms: 'casedNames' }, { synonyms_set: 'glossary', updateable: true }],
  ] as const)('variant %s: %s', (variant, _, tokenizer, cased, synonyms) => {
    const given = rules();
    const fill = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'string' && v in given ? given[v as keyof typeof given] : v]));
    const analysis = JSON.parse(esIndexSettings(variant, given)).settings.analysis;
    expect(analysis.tokenizer.glossary_kuromoji).toMatchObject(fill(tokenizer));
    expect(analysis.filter.glossary_cased_names).toMatchObject(fill(cased));
    expect(analysis.filter.glossary_synonyms).toMatchObject(fill(synonyms));
    if (variant !== 'files') expect(JSON.stringify(analysis)).not.toMatch(/_path|"user_dictionary"/);
  });
  it('inlines the very lines of the files the Lucene test loads', () => {
    const analysis = JSON.parse(esIndexSettings('inline', rules())).settings.analysis;
    const lines = (text: string) => text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(analysis.filter.glossary_synonyms.synonyms).toEqual(lines(solrSynonyms([bis])));
    expect(analysis.filter.glossary_cased_names.synonyms).toEqual(lines(solrCasedNames([bis])));
    expect(analysis.tokenizer.glossary_kuromoji.user_dictionary_rules).toEqual(lines(kuromojiUserDictionary([bis], tokenize)));
  });
  it('refers only to components it defines (or built-in filters)', () => {
    for (const analyzer of Object.values(settings.analyzer) as Array<{ tokenizer: string; char_filter: string[]; filter: string[] }>) {
      expect(settings.tokenizer).toHaveProperty(analyzer.tokenizer);
      for (const c of analyzer.char_filter) expect(settings.char_filter).toHaveProperty(c);
      for (const f of analyzer.filter) expect(['cjk_width', 'lowercase', ...Object.keys(settings.filter)]).toContain(f);
    }
  });
});

describe('TBX', () => {
  const hbm = entry({ id: '01-hbm', type: 'chip', ja: '広帯域メモリ', en: 'High Bandwidth Memory', aliases: ['HBM', 'H100'] });
  const huawei = entry({
    id: 'huawei', ja: 'ファーウェイ', en: 'Huawei', aliases: ['華為技術', '华为'], note: 'Chinese telecom and chip maker',
    examples: [{ document: '000_a', line: 3, column: 1, text: '…米国は【華為技術】への輸出を…' }],
  });
  const parse = (xml: string) =>
    new XMLParser({ ignoreAttributes: false, isArray: (name) => ['conceptEntry', 'termEntry', 'langSec', 'langSet', 'termSec', 'tig', 'termNote', 'descrip', 'descripGrp'].includes(name) }).parse(xml);
  type Section = { '@_xml:lang': string; termSec?: TermSection[]; tig?: TermSection[]; descrip?: Array<{ '@_type': string; '#text': string }> };
  type TermSection = { term: string | number; termNote: Array<{ '@_type': string; '#text': string }>; descripGrp?: Array<{ descrip: Array<{ '#text': string }>; admin: { '#text': string } }> };
  const note = (t: TermSection, type: string) => t.termNote.find((n) => n['@_type'] === type)?.['#text'];

  describe.each([
    ['3', (doc: any) => doc.tbx.text.body.conceptEntry, 'langSec', 'termSec'],
    ['2', (doc: any) => doc.martif.text.body.termEntry, 'langSet', 'tig'],
  ] as const)('version %s', (version, concepts, langKey, termKey) => {
    const xml = tbx([bis, tricky, hbm, huawei], version);
    const [bisConcept, , hbmConcept, huaweiConcept] = concepts(parse(xml));
    const sections = (c: Record<string, Section[]>) => c[langKey];
    const terms = (s: Section) => (s as unknown as Record<string, TermSection[]>)[termKey];

    it('is well-formed XML in the TBX-Basic dialect', () => {
      expect(XMLValidator.validate(xml)).toBe(true);
      const root = version === '3' ? parse(xml).tbx : parse(xml).martif;
      expect(root['@_type']).toBe('TBX-Basic');
      if (version === '3') expect([root['@_xmlns'], root['@_style']]).toEqual(['urn:iso:std:iso:30042:ed-2', 'dca']);
    });
    it('gives each entity a concept whose id is an XML id (no leading digit)', () => {
      expect(concepts(parse(xml)).map((c: { '@_id': string }) => c['@_id'])).toEqual(['bis', 'foo', '_01-hbm', 'huawei']);
    });
    it('says the subject field, with the entity type as a note, not as the subject', () => {
      expect(bisConcept.descrip).toEqual([{ '@_type': 'subjectField', '#text': SUBJECT_FIELD }]);
      expect(bisConcept.note).toBe('entity type: agency');
    });
    it('files each name under its language: ja, en, and zh for Chinese forms', () => {
      const byLang = (c: Record<string, Section[]>) => Object.fromEntries(sections(c).map((s) => [s['@_xml:lang'], terms(s).map((t) => String(t.term))]));
      expect(byLang(bisConcept)).toEqual({ ja: ['産業安全保障局', '商務省産業安全保障局'], en: ['Bureau of Industry and Security', 'BIS'] });
      expect(byLang(huaweiConcept)).toEqual({ ja: ['ファーウェイ', '華為技術'], en: ['Huawei'], zh: ['华为'] });
    });
    it('marks acronyms, full forms only where an acronym spells them, and the canonical names preferred', () => {
      const en = terms(sections(hbmConcept)[1]);
      expect(en.map((t) => [t.term, note(t, 'termType'), note(t, 'administrativeStatus')])).toEqual([
        ['High Bandwidth Memory', 'fullForm', 'preferredTerm-admn-sts'],
        ['HBM', 'acronym', 'admittedTerm-admn-sts'],
        ['H100', undefined, 'admittedTerm-admn-sts'],
      ]);
      expect(note(terms(sections(hbmConcept)[0])[0], 'termType')).toBeUndefined();
    });
    it('gives the note as definition and each example as a context sentence with its source, on the term it shows', () => {
      const [ja, en] = sections(huaweiConcept);
      expect(en.descrip).toEqual([{ '@_type': 'definition', '#text': 'Chinese telecom and chip maker' }]);
      const written = terms(ja)[1];
      expect(written.descripGrp?.map((g) => [g.descrip[0]['#text'], g.admin['#text']])).toEqual([['…米国は華為技術への輸出を…', '000_a, line 3']]);
    });
  });

  it('keeps to TBX-Basic’s data categories and their values, for the whole dictionary', () => {
    const xml = tbx(dictionary);
    const values = (type: string) => new Set([...xml.matchAll(new RegExp(`<termNote type="${type}">([^<]*)<`, 'g'))].map((m) => m[1]));
    expect(new Set([...xml.matchAll(/<termNote type="(\w+)"/g)].map((m) => m[1]))).toEqual(new Set(['partOfSpeech', 'termType', 'administrativeStatus']));
    expect(values('termType')).toEqual(new Set(['fullForm', 'acronym']));
    expect(values('administrativeStatus')).toEqual(new Set(['preferredTerm-admn-sts', 'admittedTerm-admn-sts']));
    for (const [, id] of xml.matchAll(/<conceptEntry id="([^"]*)"/g)) expect(id).toMatch(/^[A-Za-z_][\w.-]*$/);
  });
  it('escapes markup in names', () => {
    expect(tbx([entry({ ja: '<script>', en: 'A & B' })])).toContain('&lt;script&gt;');
  });
  it('tells acronyms from product numbers', () => {
    expect(['BIS', 'U.S.', 'HBM', 'H100', 'MI355X', 'Entity List'].map((t) => termType(t, []))).toEqual(['acronym', 'acronym', 'acronym', undefined, undefined, undefined]);
    expect(termType('Committee on Foreign Investment in the United States', ['CFIUS'])).toBe('fullForm');
  });
});

describe('DeepL glossary', () => {
  it('has one row per Japanese form, each source once, no control characters', () => {
    const rows = deeplRows(dictionary);
    expect(new Set(rows.map(([ja]) => ja)).size).toBe(rows.length);
    for (const [ja, en] of rows) {
      expect(`${ja}${en}`).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/);
      expect(ja.length && en.length).toBeTruthy();
    }
    const tsv = deeplTsv(dictionary);
    expect(tsv.split('\n').filter(Boolean).every((line) => line.split('\t').length === 2)).toBe(true);
  });
  it('translates each Japanese form of an entity to its English name, never a one-character short form', () => {
    expect(deeplRows([bis])).toEqual([
      ['産業安全保障局', 'Bureau of Industry and Security'],
      ['商務省産業安全保障局', 'Bureau of Industry and Security'],
      ['商務省の産業安全保障局', 'Bureau of Industry and Security'],
    ]);
  });
  it('gives no row, and TBX no English term, to an entry with no English name (discovered; the text gave none)', () => {
    const nameless = { ...bis, id: '陸揚局', ja: '陸揚局', en: '', aliases: [], surfaces: { 陸揚局: 1 } };
    expect(deeplRows([nameless])).toEqual([]);
    expect(tbx([nameless])).not.toContain('<term></term>');
    expect(tbx([nameless])).not.toMatch(/<langSec xml:lang="en"/);
    expect(tbx([bis])).toMatch(/<langSec xml:lang="en"/);
  });
});

describe('translation targets', () => {
  const bracketed = /\([^()]*\)$/;
  it('carry the clean English name, never a qualifier such as "(family)", for every entry of the dictionary', () => {
    const qualified = dictionary.filter((e) => e.qualifier !== undefined);
    expect(qualified.length).toBeGreaterThan(40);
    expect(deeplRows(dictionary).filter(([, en]) => bracketed.test(en))).toEqual([]);
    const terms = new XMLParser().parse(tbx(dictionary)).tbx.text.body.conceptEntry.flatMap((c: { langSec: Array<{ termSec: Array<{ term: unknown }> }> }) =>
      c.langSec.flatMap((l) => [l.termSec].flat().map((t) => String(t.term))),
    );
    expect(terms.filter((t: string) => bracketed.test(t))).toEqual([]);
    expect(deeplRows(qualified.filter((e) => e.id === 'huawei-ascend'))[0]).toEqual(['アセンド', 'Huawei Ascend']);
  });
});

describe('glossary export', () => {
  it('writes the chosen format to a file, or says which formats exist', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'glossary-export-')), 'synonyms.txt');
    const run = spawnSync(process.execPath, ['dist/cli/main.js', 'export', '--format', 'solr', '--dict', 'dict', '--out', out], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# glossary synonyms/);
    const bad = spawnSync(process.execPath, ['dist/cli/main.js', 'export', '--format', 'csv'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('use one of: solr, cased-names, es-synonyms-set, kuromoji-userdict, es-index-settings, solr-field-type, tbx, deepl, xlsx');
  });
});
