// Discovery: candidates for entries the dictionary lacks, their signals, pairs, stop list and score.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Aggregate } from '../../src/aggregate/aggregate.js';
import { writeGlossary } from '../../src/run/build.js';
import { rankCandidates, type Candidate } from '../../src/outputs/candidates.js';
import { parseDictionary } from '../../src/dictionary/dictionary.js';
import { documentContext, findInDocument, type DocumentContext } from '../../src/pipeline/document.js';
import { findBrackets, longFormOf } from '../../src/pipeline/discover/pairs.js';
import { FIXTURE_DICT } from '../helpers.js';

const DISCOVERY_RULES = `
- stopWords: [政府, 企業, 技術, AI, GPU, 半導体, データセンター]
- stopPrefixes: [同, 新, 各]
- legalForms: [テクノロジーズ, 株式会社, Inc]
- typeSuffixes: [局, 省, 委員会, Bureau]
  type: agency
- typeSuffixes: [規則, 法, リスト, Rule, Act]
  type: regulation
- typeSuffixes: [社, Systems]
  type: company
- typeSuffixes: [計画]
  type: regulation
  needsName: true
- typeSuffixes: [大学, Institute]
  type: other
`;

let context: DocumentContext;
beforeAll(async () => {
  context = await documentContext(parseDictionary([{ path: 'fixture.yml', text: FIXTURE_DICT }, { path: 'discovery.yml', text: DISCOVERY_RULES }]));
});

/** The ranked candidates of some documents, every score kept. */
function candidatesOf(...texts: string[]): Candidate[] {
  const aggregate = new Aggregate();
  texts.forEach((raw, i) => aggregate.addDocument({ id: `d${i}`, path: `d${i}.txt`, characters: raw.length }, findInDocument({ raw, text: raw }, context)));
  return rankCandidates(aggregate.candidates, 0);
}
const find = (candidates: Candidate[], surface: string) => candidates.find((c) => c.surface === surface);

describe('signals', () => {
  it('a kuromoji proper noun is a candidate with the type its category suggests', () => {
    const c = find(candidatesOf('韓国の企業が動いた。'), '韓国');
    expect(c).toMatchObject({ type: 'country', typeReason: 'kuromoji: proper noun, country' });
    expect(c!.signals).toContain('proper-noun');
  });

  it('a katakana word IPADIC does not know is a candidate, never a piece of a longer katakana word', () => {
    const candidates = candidatesOf('セレブラスが新しいチップを出した。クラウドも使う。');
    expect(find(candidates, 'セレブラス')).toMatchObject({ type: 'company', typeReason: 'katakana word unknown to IPADIC' });
    expect(candidates.some((c) => c.surface === 'クラ')).toBe(false);
  });

  it('katakana words joined by middle dots are one candidate', () => {
    expect(find(candidatesOf('アドバンスト・マイクロ・デバイセズが発表した。'), 'アドバンスト・マイクロ・デバイセズ')).toBeDefined();
  });

  it('a compound ending in a suffix of the domain takes the suffix type, also inside a longer run', () => {
    // 輸出執行局職員 is a phrase, no longer name: the agency stands on its own there too
    const candidates = candidatesOf('輸出執行局が発表した。輸出執行局職員が会った。');
    expect(find(candidates, '輸出執行局')).toMatchObject({ type: 'agency', typeReason: 'ends in 局', mentions: 2, independentMentions: 2 });
    expect(find(candidates, '輸出執行局')!.signals).toContain('suffix');
  });

  it('an anaphor made of a prefix and a suffix is not a candidate', () => {
    const candidates = candidatesOf('同局は新規則を出し、各社が対応した。');
    expect(candidates.map((c) => c.surface)).toEqual([]);
  });

  it('Latin names: capitalised sequences, all-caps acronyms and product numbers', () => {
    const candidates = candidatesOf('Cerebras SystemsはWSE3を出し、SMICも続いた。');
    expect(find(candidates, 'Cerebras Systems')).toMatchObject({ type: 'company', typeReason: 'ends in Systems' });
    expect(find(candidates, 'WSE3')).toMatchObject({ type: 'generic', typeReason: 'letters and digits, like a product number of no known kind' });
    expect(find(candidatesOf('WSE3チップを出した。'), 'WSE3')).toMatchObject({ type: 'chip', typeReason: 'followed by チップ' });
    expect(find(candidates, 'SMIC')).toMatchObject({ type: 'company', typeReason: 'all-caps acronym' });
  });

  it('an adjective or a sentence-opening function word is not a Latin name', () => {
    const candidates = candidatesOf('Japanese企業が増えた。The Cerebras chip is big.');
    expect(candidates.map((c) => c.surface)).not.toContain('Japanese');
    expect(candidates.map((c) => c.surface)).not.toContain('The Cerebras');
  });

  it('compromise tells which Latin names are organisations', () => {
    const c = find(candidatesOf('We met people from Groq Inc. at the show, and from Google.'), 'Groq Inc');
    expect(c).toMatchObject({ type: 'company' });
    expect(c!.signals).toContain('organization');
    expect(find(candidatesOf('GoogleとCerebrasが競う。'), 'Google')).toMatchObject({ typeReason: 'compromise: organisation' });
  });

  it('a candidate listed with entities takes their type', () => {
    const c = find(candidatesOf('エヌビディアやGroqが競う。'), 'Groq');
    expect(c).toMatchObject({ type: 'company', typeReason: 'listed with エヌビディア' });
    expect(c!.signals).toContain('listed');
  });

  it('text matched by the dictionary is never a candidate', () => {
    expect(candidatesOf('エヌビディアとNVIDIAとメタ。').map((c) => c.surface)).toEqual([]);
  });
});

describe('bracket pairs', () => {
  it('a Japanese name with an acronym in brackets: one candidate with the acronym as partner', () => {
    const candidates = candidatesOf('輸出執行局（OEE）は、OEEの規則を改めた。');
    const c = find(candidates, '輸出執行局');
    expect(c).toMatchObject({ partner: 'OEE', type: 'agency' });
    expect(c!.surfaces).toEqual({ OEE: 2, 輸出執行局: 1 });
    expect(find(candidates, 'OEE')).toBeUndefined();
  });

  it("a Japanese name's reading first in its bracket is no candidate; the English after it is the partner", () => {
    const candidates = candidatesOf('膳仁プロセス（ぜんにプロセス、Zenni Process、略称: ZP）を始めた。');
    expect(find(candidates, '膳仁プロセス')).toMatchObject({ partner: 'Zenni Process' });
    expect(candidates.filter((c) => /ぜんに/.test(c.surface))).toEqual([]);
  });

  it('the reverse, an acronym with the Japanese name in brackets', () => {
    const c = find(candidatesOf('例えば、DARPA（国防高等研究計画局）が支援する。'), '国防高等研究計画局');
    expect(c).toMatchObject({ partner: 'DARPA', type: 'agency', typeReason: 'ends in 局' });
  });

  it('an English long form with its acronym (Schwartz & Hearst), in both orders', () => {
    expect(find(candidatesOf('「National Validated End User (NVEU)」の資格。'), 'National Validated End User')).toMatchObject({ partner: 'NVEU' });
    expect(find(candidatesOf('NVEU (National Validated End User) の資格。'), 'National Validated End User')).toMatchObject({ partner: 'NVEU' });
  });

  it('a Japanese name with its English translation, after 以下', () => {
    const c = find(candidatesOf('輸出計画局（以下、American AI Exports Bureau）を新設。'), '輸出計画局');
    expect(c).toMatchObject({ partner: 'American AI Exports Bureau', type: 'agency' });
  });

  it('a Japanese name, its English long form and the acronym a definition gives: one candidate', () => {
    const candidates = candidatesOf('輸出監察規則(Export Watch Rules、以下「EWR」といいます。)は厳しい。EWRに従う。');
    const c = find(candidates, '輸出監察規則');
    expect(c).toMatchObject({ type: 'regulation', mentions: 4 });
    expect(Object.keys(c!.surfaces).sort()).toEqual(['EWR', 'Export Watch Rules', '輸出監察規則']);
    expect(find(candidates, 'EWR')).toBeUndefined();
    expect(find(candidates, 'Export Watch Rules')).toBeUndefined();
  });

  it('a pair whose other side is an entry is a new alias of that entry', () => {
    const c = find(candidatesOf('英伟达（NVIDIA）の新製品。'), '英伟达');
    expect(c).toMatchObject({ partner: 'NVIDIA', type: 'company', aliasOf: { id: 'nvidia' } });
  });

  // A known company's name with the words of its legal name after it is that company (dict legalForms).
  it.each([
    ['ファーウェイテクノロジーズが発表した。', 'ファーウェイテクノロジーズ', 'huawei'],
    ['ファーウェイテクノロジーズ株式会社が発表した。', 'ファーウェイテクノロジーズ株式会社', 'huawei'],
  ])('%s: %s is an alias of %s', (text, surface, id) => {
    expect(find(candidatesOf(text), surface)).toMatchObject({ type: 'company', aliasOf: { id } });
  });
  it.each([
    ['セレブラステクノロジーズが発表した。', 'セレブラステクノロジーズ'], // no known company before it
    ['ファーウェイ研究所が発表した。', 'ファーウェイ研究所'], // 研究所 is no word of a legal name
  ])('%s: %s is no alias', (text, surface) => {
    expect(find(candidatesOf(text), surface)?.aliasOf ?? null).toBeNull();
  });

  it('an empty bracket, or one of separators only, gives nothing and breaks nothing', () => {
    for (const text of ['セレブラス()が来た。', 'セレブラス（、）が来た。', 'セレブラス( ; )が来た。']) {
      expect(findInDocument({ raw: text, text }, context).candidates.filter((c) => [...c.signals].includes('pair'))).toEqual([]);
    }
  });

  it('brackets around dates, explanations and lists of examples give no pair', () => {
    expect(candidatesOf('新規則（2025年1月公表）は厳しい。').filter((c) => c.partner)).toEqual([]);
    expect(candidatesOf('AIフレームワーク（TensorFlow, PyTorch）を使う。').filter((c) => c.partner)).toEqual([]);
  });

  it('a long form and its acronym in one bracket are both partners of the name before it', () => {
    const c = find(candidatesOf('輸出執行局（Office of Export Enforcement、OEE）が調べた。'), '輸出執行局');
    expect(c?.partner).toBe('Office of Export Enforcement');
    expect(Object.keys(c!.surfaces)).toContain('Office of Export Enforcement');
  });

  it('Schwartz & Hearst: every letter in order, the first starting a word', () => {
    expect(longFormOf('BIS', 'the Bureau of Industry and Security'.split(' '))).toBe('Bureau of Industry and Security');
    expect(longFormOf('NVEU', 'a National Validated End User'.split(' '))).toBe('National Validated End User');
    expect(longFormOf('XYZ', 'the Bureau of Industry'.split(' '))).toBeUndefined();
  });

  it('bracket contents are split at commas and stripped of 以下', () => {
    const [bracket] = findBrackets('局(Bureau of Industry and Security、以下BIS)');
    expect(bracket.parts.map((p) => p.text)).toEqual(['Bureau of Industry and Security', 'BIS']);
  });

  // A definition (以下「X」という) names X; a law's number is a note; an anaphor (本規則, 当社) names nothing.
  it.each([
    ['局(the Bureau of Industry and Security、以下「BIS」といいます。)', ['the Bureau of Industry and Security', 'BIS'], ['BIS']],
    ['規則(Export Administration Regulations、以下「EAR」という。)', ['Export Administration Regulations', 'EAR'], ['EAR']],
    ['法律(令和2年法律第37号。以下「5G促進法」という。)', ['令和2年法律第37号', '5G促進法'], ['5G促進法']],
    ['国会法(昭和二十二年法律第七十九号)', ['昭和二十二年法律第七十九号'], []],
    ['株式会社ゼニス(以下「ゼニス」とする)', ['ゼニス'], ['ゼニス']],
    ['規則(以下「本規則」という。)', [], []],
    ['株式会社ゼニス(以下「当社」)', [], []],
    ['局(以下BIS)', ['BIS'], ['BIS']],
    ['株式会社ゼニス(以下「ゼニス」及び「ゼニス社」という。)', ['ゼニス'], ['ゼニス']],
    ['省令(令和5年経済産業省令第1号)', ['令和5年経済産業省令第1号'], []],
  ])('%s has the parts %j, introduced %j', (text, parts, introduced) => {
    const [bracket] = findBrackets(text);
    expect(bracket.parts.map((p) => p.text)).toEqual(parts);
    expect(bracket.parts.filter((p) => p.introduced).map((p) => p.text)).toEqual(introduced);
    expect(bracket.parts.filter((p) => p.note).map((p) => p.text)).toEqual(parts.filter((p) => /号$/.test(p)));
  });
});

describe("a known body or country before a new agency's name (counting rules 1 and 2)", () => {
  const mentionsAndCandidates = (raw: string) => {
    const found = findInDocument({ raw, text: raw }, context);
    return { mentions: found.mentions.map((m) => m.surface), candidates: found.candidates.filter((c) => c.independent).map((c) => `${c.surface}:${c.guess.type}`) };
  };
  it.each([
    ['商務省輸出監察委員会が発表した。', '商務省輸出監察委員会'],
    // a country, or two fused, as in 米商務省 (rule 1)
    ['日米経済監察委員会が発表した。', '日米経済監察委員会'],
    ['中国輸出監察局が発表した。', '中国輸出監察局'],
    // a space between, as minutes write it
    ['商務省 輸出監察委員会が発表した。', '商務省 輸出監察委員会'],
  ])('is part of the new name, which counts it, not the body or country: %s', (raw, name) => {
    expect(mentionsAndCandidates(raw)).toEqual({ mentions: [], candidates: [`${name}:agency`] });
  });
  it.each([
    ['商務省輸出監察規則が発表された。', '商務省輸出監察規則'],
    // a body's or company's name and a rule's suffix, with or without words between
    ['商務省監察リストに載った。', '商務省監察リスト'],
    ['エヌビディア法が成立した。', 'エヌビディア法'],
    ['エヌビディア法第七十四条による。', 'エヌビディア法'], // an article's number after it
  ])("a body's or company's name is part of a new rule's name: %s", (raw, name) => {
    expect(mentionsAndCandidates(raw)).toEqual({ mentions: [], candidates: [`${name}:regulation`] });
  });
  it.each([
    ['商務省の輸出監察委員会が発表した。', ['商務省']], // の between: two names (a derived name when both are known)
    ['商務省監察が発表した。', ['商務省']], // no agency's suffix after it
    ['エヌビディア監察局が発表した。', ['エヌビディア']], // not a body
    ['米国輸出監察規則が発表された。', ['米国']], // a country before a rule: its own mention, as in 米国の輸出管理規則
    ['米国法に従う。', ['米国']], // a country's law, no name
    ['商務省法人が来た。', ['商務省']], // the suffix must end the noun
    ['エヌビディア規制を強化した。', ['エヌビディア']], // a rule word other than 法, リスト, 規則: a phrase about the name
    ['エヌビディア計画は順調だ。', ['エヌビディア']],
    ['商務省規則によると', ['商務省']], // rules right after the name: its rules
    ['EU法では認められない。', ['EU']], // a body's name in Latin letters and 法: a body of law
  ])('is not claimed otherwise: %s', (raw, mentions) => {
    expect(mentionsAndCandidates(raw).mentions).toEqual(mentions);
  });
});

describe("a known law's bill", () => {
  const entries = (raw: string) =>
    findInDocument({ raw, text: raw }, context)
      .candidates.filter((c) => c.aliasOf)
      .map((c) => `${c.surface}:${c.aliasOf!.id}:${c.guess.because.rule}`);
  it.each([
    ['ゼニス振興法案が可決された。', ['ゼニス振興法案:zenith-act:bill-of']],
  ])('is the law: %s', (raw, found) => {
    expect(entries(raw)).toEqual(found);
  });
  it.each([
    'ゼニス振興案が可決された。', // no law's name before 案
    '輸出管理規則案が公表された。', // a draft of rules is no bill of a law here
    'ゼニス監察法案が可決された。', // a law the dictionary does not know
  ])('is not: %s', (raw) => {
    expect(entries(raw)).toEqual([]);
  });
});

describe('stop list', () => {
  it('generic words, and compounds made only of them, are never candidates', () => {
    const surfaces = candidatesOf('AI半導体とデータセンターの技術。GPUを使う。').map((c) => c.surface);
    expect(surfaces).toEqual([]);
  });

  it('the shipped stop list keeps generic words of the field out', async () => {
    const { loadDictionary } = await import('../../src/dictionary/dictionary.js');
    const shipped = await documentContext(loadDictionary('dict'));
    const raw = '政府は企業の技術を支援し、AIとGPUと半導体の輸出規制を強化した。データセンターも増えた。';
    expect(findInDocument({ raw, text: raw }, shipped).candidates).toEqual([]);
  });
});

describe('what a name-like span is when it is no entity, and context that types it', () => {
  // [text, surface, type or class, reason]
  const cases: Array<[string, string, string, string]> = [
    ['ラトニック長官が述べた。', 'ラトニック', 'person', 'with the title 長官'],
    ['セレブラス氏が述べた。', 'セレブラス', 'person', 'with the title 氏'],
    ['Secretary Lutnick said so.', 'Secretary Lutnick', 'person', 'with the title Secretary'],
    ['約7900億円を投じた。', '約7900億円', 'amount', 'starts with a number'],
    ['東北大学が発表した。', '東北大学', 'other', 'ends in 大学'],
    ['中国セレブラスが発表した。', 'セレブラス', 'company', 'right after a country name'],
    ['Kimiモデルが出た。', 'Kimi', 'model', 'followed by モデル'],
    ['Zenithチップが出た。', 'Zenith', 'chip', 'followed by チップ'],
    ['NVIDIA Z900が出た。', 'Z900', 'chip', "right after its maker's name"],
    ['Jensen Huang said so.', 'Jensen Huang', 'person', "compromise: a person's name"],
    ['Abu Dhabi is rich.', 'Abu Dhabi', 'place', 'compromise: a place'],
    ['(ユ・フェジュン、KAIST教授)が話した。', 'ユ・フェジュン', 'person', 'a speaker with an affiliation and title'],
    ['アリゾナ州フェニックスに工場がある。', 'アリゾナ州フェニックス', 'place', 'kuromoji: a place suffix'],
  ];
  it.each(cases)('%s → %s is %s (%s)', (text, surface, type, reason) => {
    expect(find(candidatesOf(text), surface)).toMatchObject({ type, typeReason: reason });
  });

  it('a phrase of loanwords or names with no other sign of a name is generic, which any evidence overrules', () => {
    expect(find(candidatesOf('バリューチェーンが伸びた。'), 'バリューチェーン')).toMatchObject({ type: 'generic', typeReason: 'a run of katakana words, no other sign of a name' });
    expect(find(candidatesOf('ファーウェイやバリューチェーンが伸びた。'), 'バリューチェーン')).toMatchObject({ type: 'company', typeReason: 'listed with ファーウェイ' });
  });

  // Occurrences in several documents guess differently; the candidate takes the strongest evidence, then the most frequent.
  const across: Array<[string[], string, string, string]> = [
    [['XEBが発表した。', 'XEBが動いた。', 'XEBも。', '輸出執行局(XEB)が発表した。'], '輸出執行局', 'agency', 'ends in 局'],
    [['バリューチェーンが伸びた。', 'バリューチェーンが。', 'ファーウェイとバリューチェーンが来た。'], 'バリューチェーン', 'company', 'listed with ファーウェイ'],
    [['セレブラスが来た。', 'セレブラスが。', '米国とセレブラスが来た。'], 'セレブラス', 'company', 'katakana word unknown to IPADIC'],
    [['Kimiが出た。', 'Kimiが。', 'Kimiモデルが出た。'], 'Kimi', 'model', 'followed by モデル'],
  ];
  it.each(across)('%j → %s is %s (%s)', (texts, surface, type, reason) => {
    expect(find(candidatesOf(...texts), surface)).toMatchObject({ type, typeReason: reason });
  });

  it('a suffix that also ends phrases types only a name-like word before it', () => {
    expect(find(candidatesOf('セレブラス計画が動いた。'), 'セレブラス計画')).toMatchObject({ type: 'regulation', typeReason: 'ends in 計画' });
    expect(find(candidatesOf('行動計画が動いた。'), '行動計画')?.typeReason ?? 'no suffix').not.toMatch(/^ends in/);
  });

  it('Latin letters joined to Japanese IPADIC does not know make a name, not to an ordinary word', () => {
    expect(find(candidatesOf('SKハイニックスが来た。'), 'SKハイニックス')!.signals).toContain('mixed-script');
    expect(find(candidatesOf('Zenithシリーズが来た。'), 'Zenithシリーズ')?.signals ?? []).not.toContain('mixed-script');
  });

  it('ordinary words are marked as such: a term more than a name', () => {
    expect(find(candidatesOf('頑健性(Robustness)が大事だ。'), '頑健性')!.signals).toContain('common-words');
    expect(find(candidatesOf('セレブラスが来た。'), 'セレブラス')!.signals).not.toContain('common-words');
  });
});

describe('counts and score', () => {
  it('counts every occurrence and those outside longer names (not phrases: セレブラス社員), with documents and two examples', () => {
    const candidates = candidatesOf('セレブラスが来た。', 'セレブラスとセレブラス社員が来た。', 'セレブラス連合局。');
    expect(find(candidates, 'セレブラス')).toMatchObject({ mentions: 4, independentMentions: 3, documents: 3 });
    expect(find(candidates, 'セレブラス')!.examples.map((e) => [e.document, e.line])).toEqual([['d0', 1], ['d1', 1]]);
  });

  it('社 after a name is not part of it: the name is the company', () => {
    const candidates = candidatesOf('セレブラス社が来た。Fusion社も来た。');
    expect(find(candidates, 'セレブラス')).toMatchObject({ type: 'company', typeReason: 'followed by 社' });
    expect(find(candidates, 'Fusion')).toMatchObject({ type: 'company', typeReason: 'followed by 社' });
    expect(find(candidates, 'セレブラス社')).toBeUndefined();
  });

  it('the FLR termhood is the frequency times the geometric mean of neighbour counts', () => {
    // 輸出 stands before 局 twice and before 省 once; 局 has 輸出 before it twice.
    const c = find(candidatesOf('輸出局と輸出省と輸出局。'), '輸出局')!;
    // parts 輸出 (left 0, right 3) and 局 (left 2, right 0): ((1·4)(3·1))^(1/4) = 12^(1/4).
    expect(c.flr).toBeCloseTo(2 * Math.pow(12, 1 / 4), 2);
  });

  it('candidates below the minimum score are cut', () => {
    const aggregate = new Aggregate();
    const raw = 'セレブラスが来た。輸出執行局（OEE）も。';
    aggregate.addDocument({ id: 'd', path: 'd.txt', characters: raw.length }, findInDocument({ raw, text: raw }, context));
    const all = rankCandidates(aggregate.candidates, 0);
    const cut = rankCandidates(aggregate.candidates, 1);
    expect(cut.length).toBeLessThan(all.length);
    expect(cut.every((c) => c.score >= 1)).toBe(true);
  });

  it('build writes candidates.json and candidates.csv beside the glossary', async () => {
    const aggregate = new Aggregate();
    const raw = '輸出執行局（OEE）が発表した。';
    aggregate.addDocument({ id: 'd', path: 'd.txt', characters: raw.length }, findInDocument({ raw, text: raw }, context));
    const out = mkdtempSync(join(tmpdir(), 'glossary-candidates-'));
    await writeGlossary(aggregate, out, { noReport: true, minScore: 0 });
    const json = JSON.parse(readFileSync(join(out, 'candidates.json'), 'utf8'));
    // A candidate the build put into the glossary says so: a reviewer sees it needs no accept to be counted.
    expect(json).toMatchObject({ format: 'glossary-candidates', minScore: 0, candidates: [{ surface: '輸出執行局', partner: 'OEE', inGlossary: 'oee' }] });
    const csv = readFileSync(join(out, 'candidates.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFdecision,surface,normalized,type,en,type_reason,score')).toBe(true);
    // The decision is the reviewer's to fill; the English name is the one the text gave.
    expect(csv).toContain(',輸出執行局,輸出執行局,agency,OEE,ends in 局');
    expect(csv).toMatch(/ suffix,oee,d:1:/);
  });
});
