// Discovered entries: which candidates the text makes sure enough to enter the glossary, and how
// they are named and counted there.
import { beforeAll, describe, expect, it } from 'vitest';
import { Aggregate } from '../../src/aggregate/aggregate.js';
import { parseDictionary } from '../../src/dictionary/dictionary.js';
import { aliasCounts, discoveredEntries } from '../../src/outputs/discovered.js';
import { rankedTallies } from '../../src/outputs/candidates.js';
import { toGlossary } from '../../src/outputs/glossary.js';
import { documentContext, findInDocument, type DocumentContext } from '../../src/pipeline/document.js';
import { FIXTURE_DICT } from '../helpers.js';

const DISCOVERY_RULES = `
- stopWords: [政府, 企業, 技術, AI, GPU]
- typeSuffixes: [局, 省]
  type: agency
- typeSuffixes: [規則]
  type: regulation
- typeSuffixes: [計画, リスト]
  type: regulation
  needsName: true
- typeSuffixes: [社]
  type: company
- typeSuffixes: [大学]
  type: other
- kanjiVariants: [臺台, 积積]
- legalForms: [株式会社, テクノロジーズ, Inc]
`;

let context: DocumentContext;
beforeAll(async () => {
  context = await documentContext(parseDictionary([{ path: 'fixture.yml', text: FIXTURE_DICT }, { path: 'discovery.yml', text: DISCOVERY_RULES }]));
});

function discovered(...texts: string[]) {
  const aggregate = new Aggregate();
  texts.forEach((raw, i) => aggregate.addDocument({ id: `d${i}`, path: `d${i}.txt`, characters: raw.length }, findInDocument({ raw, text: raw }, context)));
  return discoveredEntries(rankedTallies(aggregate.candidates), new Set());
}
const names = (texts: string[]) => discovered(...texts).map((e) => e.ja);

describe('what enters the glossary', () => {
  // [texts, Japanese name that enters]
  const ok: Array<[string, string]> = [
    ['輸出執行局(OEE)が発表した。', '輸出執行局'],
    ['輸出執行局が発表した。', '輸出執行局'], // ordinary words and a suffix: three words, or
    ['監察省が発表した。監察省が認めた。', '監察省'], // two words seen twice
    ['モニター・リストに載った。モニター・リストから外れた。', 'モニター・リスト'], // katakana words joined by ・ transcribe a name
    ['セレブラス社が発表した。', 'セレブラス'],
    ['中国セレブラスが発表した。', 'セレブラス'],
    ['セレブラス計画が始まった。', 'セレブラス計画'],
    ['Kimiモデルが出た。', 'Kimi'],
    ['SKハイニックスとSKハイニックスが来た。', 'SKハイニックス'],
    ['社民が来た。社民が来た。|社民が来た。', '社民'], // two kanji IPADIC calls an organisation, three times
    ['ZenSeekが来た。|ZenSeekが勝った。', 'ZenSeek'], // a capital inside a word, in two articles
    ['ライナス(Lynas Rare Earths)が来た。', 'ライナス'], // words IPADIC knows, but katakana that transcribes its partner
    ['中国の壁仞科技（ビレンテック）が量産した。', 'ビレンテック'], // a foreign name in kanji IPADIC reads in pieces, and its reading
    ['ゼニス・ロボテックテクノロジーズ株式会社が来た。ゼニス・ロボテックが勝った。', 'ゼニス・ロボテック'], // a legal name's short name
    ['Zenlmモデルが出た。Zenlm 3.3が出た。', 'Zenlm 3.3'], // a version of a model that enters
    ['ファンド「Zenfly」(簡体字: 幻方)が出資した。', '幻方'], // ordinary words paired with a name quoted after the word for its kind
    ['ZenmothとZenmothが来た。Zenmoth あたりの売上が伸びた。|Zenmothが来た。', 'Zenmoth'], // counted once of four times
  ];
  // Articles apart are written apart by `|`.
  it.each(ok)('%s → %s', (text, name) => expect(names(text.split('|'))).toContain(name));

  // [texts, name-like span that stays out]
  const notOk: Array<[string, string]> = [
    ['セレブラスが来た。', 'セレブラス'], // shape alone: a katakana word IPADIC lacks
    ['ラトニック長官が述べた。', 'ラトニック'], // a person
    ['約7900億円を投じた。', '約7900億円'], // an amount
    ['東北大学が発表した。', '東北大学'], // another kind of name
    ['行動計画が始まった。', '行動計画'], // ordinary words and a suffix that also ends phrases
    ['監察省が発表した。', '監察省'], // ordinary words and a suffix, two words seen once
    ['チェック・リストを使った。', 'チェック・リスト'], // the same: the middle dot is no word
    ['頑健性(Robustness)が大事だ。', '頑健性'], // a term and its translation
    ['バリューチェーン(Robustness)が大事だ。', 'バリューチェーン'], // katakana words IPADIC knows that do not transcribe their partner
    ['デュアルユース（軍民両用）が大事だ。', 'デュアルユース'], // a term and its kanji translation
    ['Z900とZ900が出た。', 'Z900'], // letters and digits with no chip or model near
    ['SKハイニックスが来た。', 'SKハイニックス'], // a name's shape, seen once
    ['ZenSeekが来た。ZenSeekが勝った。', 'ZenSeek'], // a capital inside a word, in one article
    ['ZenithとZenithが来た。', 'Zenith'], // a capitalised word is no coined name
    ['AIフレームワーク(ZenFlow, ZenTorch)とZenTorchを使う。', 'ZenTorch'], // examples of another kind
    ['Zenlmが出た。Zenlm 3.3が出た。', 'Zenlm 3.3'], // a version of a name that does not enter
    ['ファンドのZenfly(簡体字: 幻方)が出資した。', '幻方'], // the same, unquoted
    ['各 ZenCore と ZenCore と ZenCore|各 ZenCore', 'ZenCore'], // what the text counts twice
    ['共産党さんが来た。共産党さんが来た。', '共産'], // seen only inside a longer name
    ['立憲・社民の議員。|立憲・社民の議員。', '社民'], // two kanji IPADIC calls an organisation, twice
  ];
  it.each(notOk)('%s → not %s', (text, name) => expect(names(text.split('|'))).not.toContain(name));
});

describe('a discovered entry', () => {
  it('takes its English from the bracket partner, folds both sides and counts every mention', () => {
    const [entry] = discovered('輸出執行局(OEE)が発表した。', '輸出執行局とOEEが会った。');
    expect(entry).toMatchObject({ source: 'discovered', type: 'agency', ja: '輸出執行局', en: 'OEE', enSource: 'text', id: 'oee', mentions: 4, byDocument: { d0: 2, d1: 2 } });
    expect(entry.evidence!.signals).toContain('pair');
  });

  it('says when the text gave no English name, and takes its Japanese name as id', () => {
    const [entry] = discovered('輸出執行局が発表した。');
    expect(entry).toMatchObject({ en: '', enSource: 'none', id: '輸出執行局' });
  });

  it('takes as a guess the one Latin name of the corpus that sounds like its katakana name', () => {
    const entry = discovered('セレブラス社が発表した。', 'Cerebrasが発表した。').find((e) => e.ja === 'セレブラス');
    expect(entry).toMatchObject({ en: 'Cerebras', enSource: 'guess' });
  });

  it('guesses nothing when two Latin names sound alike', () => {
    const entry = discovered('セレブラス社が発表した。', 'Cerebrasが発表した。Zerebrasも。').find((e) => e.ja === 'セレブラス');
    expect(entry).toMatchObject({ en: '', enSource: 'none' });
  });

  it("folds a company's legal name into its short name, counting each mention once", () => {
    const entries = discovered('ゼニス・ロボテックテクノロジーズ株式会社が来た。', 'ゼニス・ロボテックが勝った。ゼニス・ロボテックも。');
    expect(entries.map((e) => e.ja)).toEqual(['ゼニス・ロボテック']);
    expect(entries[0]).toMatchObject({ type: 'company', mentions: 3, byDocument: { d0: 1, d1: 2 }, aliases: ['ゼニス・ロボテックテクノロジーズ株式会社'] });
  });

  it("counts a sub-agency written with its parent's name for the sub-agency (rule 2), with its long form as alias", () => {
    const entries = discovered('輸出執行省輸出執行局は規則を出した。輸出執行局は強い。輸出執行省も動いた。輸出執行局が言う。');
    expect(entries.find((e) => e.ja === '輸出執行局')).toMatchObject({ mentions: 3, aliases: ['輸出執行省輸出執行局'] });
    expect(entries.find((e) => e.ja === '輸出執行省')).toMatchObject({ mentions: 1 });
    expect(entries.map((e) => e.ja)).not.toContain('輸出執行省輸出執行局');
  });

  it("a version of a discovered model is a model, a member of the family, and the family counts without it", () => {
    const [family, member] = ['Zenlm', 'Zenlm 3.3'].map((ja) => discovered('Zenlmモデルが出た。Zenlm 3.3が出た。Zenlm 3.3も。').find((e) => e.ja === ja));
    expect(member).toMatchObject({ type: 'model', mentions: 2, evidence: { typeReason: 'a version of Zenlm' } });
    expect(family).toMatchObject({ type: 'model', mentions: 1 });
  });

  it('so is a version of an edition of it: Zenlm Opus 4.5 beside Zenlm', () => {
    const member = discovered('Zenlmモデルが出た。Zenlm Opus 4.5が出た。').find((e) => e.ja === 'Zenlm Opus 4.5');
    expect(member).toMatchObject({ type: 'model', evidence: { typeReason: 'a version of Zenlm' } });
  });

  it('takes its English name from a bracket whose other parts are notes or labelled names', () => {
    const [entry] = discovered('ZenSeek(ゼンシーク、簡体字: 禅寻; 拼音: Chánxún)は中国の会社。');
    expect(entry).toMatchObject({ ja: 'ゼンシーク', en: 'ZenSeek', enSource: 'text' });
  });

  it('does not count occurrences inside a longer discovered entry (one span, one entity)', () => {
    const entries = discovered('セレブラス計画とセレブラス社。');
    expect(entries.find((e) => e.ja === 'セレブラス計画')?.mentions).toBe(1);
    expect(entries.find((e) => e.ja === 'セレブラス')?.mentions).toBe(1);
  });

  it('a name written in brackets beside an entry counts for that entry; a place in brackets does not', () => {
    const aggregate = new Aggregate();
    const raw = 'エヌヴィディアー(NVIDIA)が発表した。エヌヴィディアーは強い。NVIDIA(アリゾナ州フェニックス)の工場。';
    aggregate.addDocument({ id: 'd0', path: 'd0.txt', characters: raw.length }, findInDocument({ raw, text: raw }, context));
    const glossary = toGlossary(aggregate, [], aliasCounts(rankedTallies(aggregate.candidates), aggregate.candidates.entities));
    const nvidia = glossary.entries.find((e) => e.id === 'nvidia')!;
    expect(nvidia.surfaces).toMatchObject({ NVIDIA: 2, エヌヴィディアー: 2 });
    expect(nvidia.mentions).toBe(4);
    expect(nvidia.surfaces).not.toHaveProperty('アリゾナ州フェニックス');
  });

  it.each([
    ['エヌヴィディアが発表した。', 'エヌヴィディア'], // ヴ for ビ
    ['エヌビディアーが発表した。', 'エヌビディアー'], // a long-vowel mark
  ])('a known name written otherwise counts for its entry: %s', (raw, form) => {
    const aggregate = new Aggregate();
    aggregate.addDocument({ id: 'd0', path: 'd0.txt', characters: raw.length }, findInDocument({ raw, text: raw }, context));
    const nvidia = toGlossary(aggregate, [], aliasCounts(rankedTallies(aggregate.candidates), aggregate.candidates.entities)).entries.find((e) => e.id === 'nvidia');
    expect(nvidia?.surfaces).toEqual({ [form]: 1 });
  });

  it('stands in the glossary beside dictionary entries, which say they come from the dictionary', () => {
    const aggregate = new Aggregate();
    const raw = 'NVIDIAと輸出執行局。';
    aggregate.addDocument({ id: 'd0', path: 'd0.txt', characters: raw.length }, findInDocument({ raw, text: raw }, context));
    const glossary = toGlossary(aggregate, discoveredEntries(rankedTallies(aggregate.candidates), new Set(aggregate.entities.keys())));
    expect(glossary.entries.map((e) => [e.ja, e.source])).toEqual(expect.arrayContaining([['輸出執行局', 'discovered'], [expect.any(String), 'dictionary']]));
  });
});
