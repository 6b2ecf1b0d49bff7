// Shared test fixtures: a small dictionary written like the real one, a one-call matcher, and the
// glossaries the consumer tests load.
import { join } from 'node:path';
import { findMentions } from '../src/pipeline/document.js';
import { parseDictionary } from '../src/dictionary/dictionary.js';
import { Matcher } from '../src/pipeline/match/match.js';
import { getTokenizer } from '../src/pipeline/tokenize/tokenize.js';
import { textToScan } from '../src/pipeline/read/read.js';
import type { GlossaryEntry } from '../src/outputs/glossary.js';
import { loadDictionaryGlossary, loadGlossary } from '../src/outputs/glossaryFile.js';
import { build } from '../src/run/build.js';

export const FIXTURE_DICT = `
- id: united-states
  type: country
  ja: 米国
  en: United States
  aliases: [アメリカ, US, U.S.]
  short: 米
  shortAlone: true
- id: china
  type: country
  ja: 中国
  en: China
  short: 中
- id: japan
  type: country
  ja: 日本
  en: Japan
  aliases: [ジャパン]
  short: 日
- id: india
  type: country
  ja: インド
  en: India
  short: 印
- id: nvidia
  type: company
  ja: エヌビディア
  en: NVIDIA
  aliases: [Nvidia]
- id: meta
  type: company
  ja: メタ
  en: Meta
  exactCase: true
- id: huawei
  type: company
  ja: ファーウェイ
  en: Huawei
- id: us-commerce
  type: agency
  ja: 商務省
  en: U.S. Department of Commerce
  aliases: [Department of Commerce, Commerce]
  country: united-states
  exactCase: true
- id: bis
  type: agency
  ja: 産業安全保障局
  en: Bureau of Industry and Security
  aliases: [BIS]
  parent: us-commerce
  country: united-states
- id: mofcom
  type: agency
  ja: 中国商務部
  en: Ministry of Commerce of the People's Republic of China
  aliases: [中国商務省, 商務部]
- id: russia
  type: country
  ja: ロシア
  en: Russia
- id: japan-mofa
  type: agency
  ja: 外務省
  en: Ministry of Foreign Affairs of Japan
  country: japan
- id: eu
  type: agency
  ja: 欧州連合
  en: European Union
  aliases: [EU]
- id: ear
  type: regulation
  ja: 輸出管理規則
  en: Export Administration Regulations
  aliases: [EAR]
- id: entity-list
  type: regulation
  ja: エンティティリスト
  en: Entity List
- id: zenith-act
  type: regulation
  ja: ゼニス振興法
  en: Zenith Promotion Act
- id: ai-exports-program
  type: regulation
  ja: AI輸出プログラム
  en: American AI Exports Program
  aliases: [アメリカAI輸出プログラム]
- id: huawei-ascend
  type: chip
  ja: Ascend
  en: Huawei Ascend
- id: nvidia-h200
  type: chip
  ja: H200
  en: NVIDIA H200
  maker: nvidia
- id: not-entities
  type: company
  ja: ダミー
  en: Dummy
- notEntities: [インド太平洋]
- titles: [長官, 報道官, 議長, 局長]
- id: tier-{1}
  type: regulation
  pattern: '(?:[Tt]ier|TIER|ティア) ?([1-3])(?![0-9])'
  ja: Tier {1}
  en: Tier {1}
  ok: [Tier 1]
- id: eccn-{1}
  type: regulation
  pattern: '(?<![A-Za-z0-9])([0-9][A-E][0-9]{3})(?:\\.[a-z](?:\\.[0-9]+)?)?(?![A-Za-z0-9])'
  ja: '{1}'
  en: ECCN {1}
  ok: [3A090]
- id: nvidia-{1}
  type: chip
  pattern: '(?<![A-Za-z0-9-])((?:GB|GH|H|B)[0-9]{2,3}[A-Z]?)(?![A-Za-z0-9])'
  ja: '{1}'
  en: NVIDIA {1}
  ok: [H200]
- id: huawei-ascend-{1}
  type: chip
  pattern: '(?:Ascend|昇騰) ?([0-9]{3}[A-Z]{0,2})(?![A-Za-z0-9])'
  ja: Ascend {1}
  en: Huawei Ascend {1}
  ellipsis: '([0-9]{3}[A-Z]{0,2})(?![A-Za-z0-9])'
  ok: [Ascend 910B]
`;

export const fixtureDictionary = () => parseDictionary([{ path: 'fixture.yml', text: FIXTURE_DICT }]);

/** The mentions in a text as `id:surface` strings, in text order. */
export async function mentionsIn(text: string, matcher = new Matcher(fixtureDictionary())): Promise<string[]> {
  const tokenize = await getTokenizer();
  return findMentions({ raw: text, text: textToScan(text) }, matcher, tokenize).map((m) => `${m.entity.id}:${m.surface}`);
}

export const CONSUMER_GLOSSARIES = ['the glossary of data/', 'the whole dictionary'] as const;

/** What the consumer tests export and read back: the build of data/ (into `work`), all its entries, and the whole dictionary. */
export async function consumerGlossaries(work: string): Promise<Record<(typeof CONSUMER_GLOSSARIES)[number], GlossaryEntry[]>> {
  const out = join(work, 'out');
  await build({ inputs: ['data'], dictDir: 'dict', outDir: out });
  return {
    'the glossary of data/': (await loadGlossary({ glossary: join(out, 'glossary.json') })).entries,
    'the whole dictionary': (await loadDictionaryGlossary('dict')).entries,
  };
}
