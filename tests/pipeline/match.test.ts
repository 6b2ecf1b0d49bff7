import { describe, expect, it } from 'vitest';
import { loadDictionary, parseDictionary } from '../../src/dictionary/dictionary.js';
import { readFileSync } from 'node:fs';
import { FIXTURE_DICT, fixtureDictionary, mentionsIn } from '../helpers.js';
import { Matcher } from '../../src/pipeline/match/match.js';
import { getTokenizer } from '../../src/pipeline/tokenize/tokenize.js';
import { nameKey, normalize } from '../../src/core/normalize.js';
import { findMentions } from '../../src/pipeline/document.js';
import { productsByNumber } from '../../src/pipeline/match/productNumbers.js';
import { andVariants } from '../../src/pipeline/match/derivedNames.js';

describe('rule 1: one span, one entity, the longest', () => {
  it('counts 米商務省 as the department only, not also the United States', async () => {
    expect(await mentionsIn('米商務省が発表')).toEqual(['us-commerce:米商務省']);
  });
  it('counts アメリカAI輸出プログラム as the programme only', async () => {
    expect(await mentionsIn('アメリカAI輸出プログラムを開始')).toEqual(['ai-exports-program:アメリカAI輸出プログラム']);
  });
});

describe('rule 2: a parent agency before its sub-agency is part of its name', () => {
  it.each(['商務省の産業安全保障局', '米国商務省産業安全保障局', '米商務省の産業安全保障局', "Commerce's BIS"])('%s is BIS only', async (text) => {
    expect(await mentionsIn(text)).toEqual([`bis:${text}`]);
  });
  it('keeps neighbouring names of different hierarchies apart', async () => {
    expect(await mentionsIn('NVIDIAのH200')).toEqual(['nvidia:NVIDIA', 'nvidia-h200:H200']);
    expect(await mentionsIn('米国の輸出管理規則')).toEqual(['united-states:米国', 'ear:輸出管理規則']);
  });
});

describe('rule 3: a country before a company or product is a country mention', () => {
  it('counts 米エヌビディア as the United States and NVIDIA', async () => {
    expect(await mentionsIn('米エヌビディアの株価')).toEqual(['united-states:米', 'nvidia:エヌビディア']);
  });
  it('counts 中ファーウェイ as China and Huawei', async () => {
    expect(await mentionsIn('中ファーウェイは')).toEqual(['china:中', 'huawei:ファーウェイ']);
  });
});

describe('rule 4: country words inside other words count', () => {
  it.each([
    ['米国製のチップ', 'united-states:米国'],
    ['中国企業', 'china:中国'],
    ['日本人', 'japan:日本'],
    ['ジャパンモデル', 'japan:ジャパン'],
    ['米政府', 'united-states:米'],
  ])('%s', async (text, expected) => {
    expect(await mentionsIn(text)).toEqual([expected]);
  });
});

describe('rule 5: fused abbreviations name several countries', () => {
  it('米中 is the United States and China; 日米 Japan and the United States', async () => {
    expect(await mentionsIn('米中対立と日米同盟')).toEqual(['united-states:米', 'china:中', 'japan:日', 'united-states:米']);
  });
  it('対中 is China', async () => {
    expect(await mentionsIn('対中輸出')).toEqual(['china:中']);
  });
  it('欧米, 北米 and a short form after a kanji or a date are nothing', async () => {
    expect(await mentionsIn('欧米と北米、南米。13日米国が')).toEqual(['united-states:米国']);
    expect(await mentionsIn('交渉中の案件')).toEqual([]);
  });
  it('a fused run stops where the word ends: 米中央銀行 is the United States only', async () => {
    expect(await mentionsIn('米中央銀行')).toEqual(['united-states:米']);
  });
});

describe('rule 6: parenthesised aliases are separate mentions', () => {
  it('産業安全保障局(BIS) is BIS twice', async () => {
    expect(await mentionsIn('産業安全保障局（BIS）は')).toEqual(['bis:産業安全保障局', 'bis:BIS']);
  });
});

describe('rule 7: elliptical model numbers count', () => {
  it('Ascend 910Bおよび910D names two models', async () => {
    expect(await mentionsIn('Ascend 910Bおよび910Dを')).toEqual(['huawei-ascend-910b:Ascend 910B', 'huawei-ascend-910d:910D']);
  });
  it('Ascendシリーズ and Ascendチップ are the family', async () => {
    expect(await mentionsIn('Ascendシリーズ、Ascendチップ')).toEqual(['huawei-ascend:Ascend', 'huawei-ascend:Ascend']);
  });
  it('a number named whole earlier in the text counts alone, in that text only', async () => {
    expect(await mentionsIn('Ascend 910Cを出荷した。910Cの性能は高い。')).toEqual(['huawei-ascend-910c:Ascend 910C', 'huawei-ascend-910c:910C']);
    expect(await mentionsIn('910Cの性能は高い。')).toEqual([]);
  });
  const found = (id: string, type: 'chip' | 'model', start: number, end: number) => ({ known: { entity: { id, type, ja: id, en: id, aliases: [] } }, start, end, matched: '' });
  it('a number two products of the text end in is neither\'s, and a bare number is no product\'s', () => {
    const text = 'Zen 910C and Ascend 910C, Claude 3';
    expect(productsByNumber(text, [found('zen-910c', 'chip', 0, 8)]).get('910C')?.entity.id).toBe('zen-910c');
    expect(productsByNumber(text, [found('zen-910c', 'chip', 0, 8), found('ascend-910c', 'chip', 13, 24)]).get('910C')).toBeNull();
    expect(productsByNumber(text, [found('claude-3', 'model', 26, 34)]).size).toBe(0);
  });
});

describe('new members of a known chip or model family (dict/patterns.yml `versions`)', () => {
  const shipped = () => new Matcher(loadDictionary('dict'));
  // [text, the member named, its English name]
  const members: Array<[string, string, string]> = [
    ['GPT-5.1が出た。', 'gpt-5-1:GPT-5.1', 'OpenAI GPT-5.1'],
    ['Qwen3-Maxが出た。', 'tongyi-qianwen-3-max:Qwen3-Max', 'Qwen3-Max'],
    ['Llama 3.1が出た。', 'llama-3-1:Llama 3.1', 'Meta Llama 3.1'],
    ['H20Eが出た。', 'nvidia-h20-e:H20E', 'NVIDIA H20E'],
    ['Llama 9が出た。', 'llama-9:Llama 9', 'Meta Llama 9'],
    // an edition after a known version, an edition alone, a size: models of their own
    ['Gemini 2.5 Flashが出た。', 'gemini-2-5-flash:Gemini 2.5 Flash', 'Google Gemini 2.5 Flash'],
    ['Gemini 2.5 Flash-Liteが出た。', 'gemini-2-5-flash-lite:Gemini 2.5 Flash-Lite', 'Google Gemini 2.5 Flash-Lite'],
    ['o1-previewが出た。', 'openai-o1-preview:o1-preview', 'OpenAI o1-preview'],
    ['Llama 3.1 405Bが出た。', 'llama-3-1-405b:Llama 3.1 405B', 'Meta Llama 3.1 405B'],
    ['llama-3.1-405b-instruct-maasを使う。', 'llama-3-1-405b:llama-3.1-405b', 'Meta Llama 3.1 405B'],
    ['Llama 4 Maverick 17B-128Eが出た。', 'llama-4-maverick-17b-128e:Llama 4 Maverick 17B-128E', 'Meta Llama 4 Maverick 17B-128E'],
    ['Mistral Large(2407)が出た。', 'mistral-large-2407:Mistral Large(2407)', 'Mistral Large (2407)'],
  ];
  it.each(members)('%s names %s', async (text, member, en) => {
    const mentions = findMentions({ raw: text, text }, shipped(), await getTokenizer());
    expect(mentions.map((m) => `${m.entity.id}:${m.surface}`)).toEqual([member]);
    expect(mentions[0].entity.en).toBe(en);
  });
  it.each([
    ['Llama 3.1 405B', 'llama-3.1-405b'],
    ['DeepSeek R1(0528)', 'DeepSeek R1 (0528)'],
  ])('a member has the same names however the text writes it, whichever comes first: %s, %s', async (one, other) => {
    const namesOf = async (text: string) => findMentions({ raw: text, text }, shipped(), await getTokenizer()).map(({ entity: { id, ja, en } }) => ({ id, ja, en }));
    const [a] = await namesOf(`${one}と${other}`);
    const [b] = await namesOf(`${other}と${one}`);
    expect(a).toEqual(b);
  });
  // A number after a chip's number, or a count after a model's name, is not a version; a plural is the family member itself.
  it.each([
    ['H100 2枚を買った。', ['nvidia-h100:H100']],
    ['H20sを買った。', ['nvidia-h20:H20']],
    ['Llama 9つを比べた。', ['llama:Llama']],
    ['GPT-4 (2023)を比べた。', ['gpt-4:GPT-4']], // a year in brackets is no snapshot's date
    ['GPT-4 (8192)を比べた。', ['gpt-4:GPT-4']], // nor another number
  ])('%s names %j', async (text, mentions) => {
    expect(await mentionsIn(text, shipped())).toEqual(mentions);
  });
  // After a company whose products carry its name (DeepSeek-R1), a product's word quoted with it
  // names a new product; not where the company's products do not (NVIDIA H100 is also H100), nor a
  // word of the company's name, nor unquoted (a team, an app, a longer name).
  it.each([
    ['初のモデル「DeepSeek Coder」を出した。', ['deepseek-coder:DeepSeek Coder']],
    ['「DeepSeek Coder V2」を出した。', ['deepseek-coder-v2:DeepSeek Coder V2']],
    ['「NVIDIA Zenith」を出した。', ['nvidia:NVIDIA']],
    ['「DeepSeek Inc」が出した。', ['deepseek:DeepSeek']],
    ['DeepSeek Researchが出した。', ['deepseek:DeepSeek']],
    ['Hangzhou DeepSeek Artificial Intelligence Co.', ['deepseek:DeepSeek']],
  ])('%s names %j', async (text, mentions) => {
    expect(await mentionsIn(text, shipped())).toEqual(mentions);
  });
  it('a product named with its maker takes the type of its products', async () => {
    const [coder] = findMentions({ raw: '「DeepSeek Coder」', text: '「DeepSeek Coder」' }, shipped(), await getTokenizer());
    expect(coder.entity).toMatchObject({ type: 'model', en: 'DeepSeek Coder' });
  });
});

describe('rule 8: codes', () => {
  it('ECCN 3A090 is one mention of 3A090, and 3A090.a folds into it', async () => {
    expect(await mentionsIn('ECCN 3A090と3A090.a')).toEqual(['eccn-3a090:3A090', 'eccn-3a090:3A090.a']);
  });
});

describe('rule 9: 商務省 is the U.S. department unless a Chinese context names it', () => {
  it('中国商務省 is MOFCOM, 商務省 alone is the U.S. department', async () => {
    expect(await mentionsIn('中国商務省と商務省')).toEqual(['mofcom:中国商務省', 'us-commerce:商務省']);
  });
});

describe('rule 10: width, script and Latin word edges', () => {
  it('matches full-width and half-width forms', async () => {
    expect(await mentionsIn('Ｈ２００とｴﾇﾋﾞﾃﾞｨｱ')).toEqual(['nvidia-h200:Ｈ２００', 'nvidia:ｴﾇﾋﾞﾃﾞｨｱ']);
  });
  it('does not find H20 inside H200, nor EU inside EUV or NVEU', async () => {
    expect(await mentionsIn('H200とEUVとNVEU')).toEqual(['nvidia-h200:H200']);
  });
  it('finds names with possessives and plurals, and in any case unless written in capitals', async () => {
    expect(await mentionsIn("Nvidia's H200s and NVIDIA")).toEqual(['nvidia:Nvidia', 'nvidia-h200:H200', 'nvidia:NVIDIA']);
    expect(await mentionsIn('the bis and eu')).toEqual([]);
  });
  it('keeps exactCase names to their case: Meta, not meta', async () => {
    expect(await mentionsIn('Meta and metadata, meta')).toEqual(['meta:Meta']);
  });
  it('does not find a katakana name inside a longer katakana word', async () => {
    expect(await mentionsIn('メタバースとメタ社')).toEqual(['meta:メタ']);
  });
  it('finds Tier 1–3 in any width or spelling', async () => {
    expect(await mentionsIn('Tier１、TIER 2、ティア3、Tier1')).toEqual(['tier-1:Tier１', 'tier-2:TIER 2', 'tier-3:ティア3', 'tier-1:Tier1']);
  });
  it('matches names written with or without a middle dot', async () => {
    expect(await mentionsIn('エンティティ・リスト')).toEqual(['entity-list:エンティティ・リスト']);
  });
});

describe('words that contain a name but name no entity', () => {
  it('インド太平洋 is not India', async () => {
    expect(await mentionsIn('インド太平洋とインド')).toEqual(['india:インド']);
  });
});

describe('fused abbreviations before 間 ("between")', () => {
  it('米中間 is the United States and China', async () => {
    expect(await mentionsIn('米中間の対立')).toEqual(['united-states:米', 'china:中']);
  });
});

describe("another country's body", () => {
  it('ロシア外務省 is Russia, not Japan’s 外務省; 日本外務省 and 外務省 alone are Japan’s', async () => {
    expect(await mentionsIn('ロシア外務省と外務省と日本外務省')).toEqual(['russia:ロシア', 'japan-mofa:外務省', 'japan-mofa:日本外務省']);
  });
});

describe("a body's name before an office's word (dict titles) names the office, not the body", () => {
  it.each([
    ['商務省長官のラトニック氏', []],
    ['産業安全保障局報道官は', []],
    ['商務省の長官', ['us-commerce:商務省']],
    ['商務省は長官を', ['us-commerce:商務省']],
    ['ファーウェイ議長', ['huawei:ファーウェイ']],
    // a parent's name before its sub-body's office (rule 2: one name)
    ['商務省産業安全保障局長が述べた', []],
    ['商務省輸出監察局長が述べた', []],
    ['商務省輸出監察局が述べた', ['us-commerce:商務省']],
    ['商務省輸出局長会合が開かれた', ['us-commerce:商務省']], // a meeting of office holders
  ])('%s → %j', async (text, expected) => {
    expect(await mentionsIn(text)).toEqual(expected);
  });
});

describe("a country's name between a name and a legal name's words (dict/discovery.yml legalForms) is part of a subsidiary's name", () => {
  const withLegalForms = () => new Matcher(parseDictionary([{ path: 'fixture.yml', text: FIXTURE_DICT }, { path: 'dict/discovery.yml', text: readFileSync('dict/discovery.yml', 'utf8') }]));
  it.each([
    ['エヌビディアジャパン株式会社', []],
    ['エヌビディア・ジャパン株式会社', []],
    ['NVIDIA Japan Inc.', []],
    ['NVIDIA Japan Technologies', []],
    ['エヌビディアと日本', ['nvidia:エヌビディア', 'japan:日本']],
    ['日本株式会社', ['japan:日本']],
    ['エヌビディアの日本法人', ['nvidia:エヌビディア', 'japan:日本']],
  ])('%s → %j', async (text, expected) => {
    expect(await mentionsIn(text, withLegalForms())).toEqual(expected);
  });
});

describe("web addresses name no entity", () => {
  it.each([
    ['www.nvidia.com', []],
    ['https://nvidia.com/ja-jp/ を見た', []],
    ['chat.deepseek.com', []],
    ['NVIDIA.のサイト', ['nvidia:NVIDIA']],
    // an address ends where Japanese resumes; a name that is the whole address is a name
    ['https://www.nvidia.com/ja-jp/でNVIDIAが発表した。', ['nvidia:NVIDIA']],
    ['www.nvidia.comにNVIDIAの発表。', ['nvidia:NVIDIA']],
  ])('%s → %j', async (text, expected) => {
    expect(await mentionsIn(text)).toEqual(expected);
  });
});

describe('short forms and part of speech', () => {
  it('a bare 米 that kuromoji reads as rice is not the United States', async () => {
    expect(await mentionsIn('米を炊いた。米は中国に')).toEqual(['united-states:米', 'china:中国']);
  });
  it('a short form before an institution noun is its country: 日政府', async () => {
    expect(await mentionsIn('、日政府は')).toEqual(['japan:日']);
  });
});

describe('long-vowel variants of katakana names', () => {
  it('a name also matches with a long-vowel mark after it: エンティティリストー', async () => {
    expect(await mentionsIn('エンティティリストーに')).toEqual(['entity-list:エンティティリストー']);
  });
});

describe('a name written with another word for "and" (および, 及び, 並びに, と)', () => {
  const matcher = new Matcher(
    parseDictionary([{ path: 'and.yml', text: '- id: zenith-act\n  type: regulation\n  ja: ゼニス及び科学法\n  en: Zenith and Science Act\n- id: zeta-act\n  type: regulation\n  ja: ゼータ・科学法\n  en: Zeta Science Act\n' }]),
  );
  it.each([
    ['ゼニス及び科学法', ['zenith-act:ゼニス及び科学法']],
    ['ゼニスおよび科学法', ['zenith-act:ゼニスおよび科学法']],
    ['ゼニスと科学法', ['zenith-act:ゼニスと科学法']],
    ['ゼニス並びに科学法', ['zenith-act:ゼニス並びに科学法']],
    // a middle dot is no written "and": it also joins one name's words
    ['ゼータと科学法', []],
  ])('%s', async (text, expected) => {
    expect(await mentionsIn(text, matcher)).toEqual(expected);
  });
  it.each([
    ['CHIPSおよび科学法', ['CHIPS及び科学法', 'CHIPS並びに科学法', 'CHIPSならびに科学法', 'CHIPSと科学法']],
    ['エンティティ・リスト', []],
    ['セキュリティとの関係', []], // between hiragana: a particle
  ])('andVariants(%s)', (name, expected) => {
    expect(andVariants(name)).toEqual(expected);
  });
});

describe('names that are ordinary English words', () => {
  it('take no plural: Meta, not Metas', async () => {
    expect(await mentionsIn('Metas and Meta')).toEqual(['meta:Meta']);
  });
});

describe('what the matcher hands on: the public Entity, without the dictionary’s own fields', () => {
  const publicFields = ['id', 'type', 'ja', 'en', 'aliases', 'note'];
  const matcher = new Matcher(fixtureDictionary());
  // us-commerce has a country, exactCase and a source in the dictionary; bis a parent; H300 is made by a pattern.
  it.each(['商務省', '産業安全保障局', '米', 'H300', 'Ascend 910Bおよび910D'])('%s', async (written) => {
    const { text } = normalize(written);
    const mentions = matcher.match({ text, tokens: (await getTokenizer())(text) });
    expect(mentions.length).toBeGreaterThan(0);
    for (const { entity } of mentions) expect(Object.keys(entity).filter((k) => !publicFields.includes(k))).toEqual([]);
  });
  it('entityByName too', () => {
    expect(Object.keys(matcher.entityByName('BIS')!)).toEqual(['id', 'type', 'ja', 'en', 'aliases']);
  });
});

describe('a known name written otherwise (entityByVariant)', () => {
  const matcher = new Matcher(
    parseDictionary([{ path: 'variants.yml', text: '- id: huawei\n  type: company\n  ja: 華為\n  en: Huawei\n- id: meta\n  type: company\n  ja: メタ\n  en: Meta\n- kanjiVariants: [华華, 为為]\n' }]),
  );
  it.each([
    ['华为', 'huawei'], // two kanji: only the kanji-variant table folds them
    ['メター', undefined], // two kana vary too easily to say whose a variant is
  ])('%s → %s', (written, id) => {
    expect(matcher.entityByVariant(nameKey(written))?.id).toBe(id);
  });
});
