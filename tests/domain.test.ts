// Behaviour of the shipped dictionary and patterns on the kinds of sentences the articles hold.
import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../src/dictionary/dictionary.js';
import { Matcher } from '../src/pipeline/match/match.js';
import { mentionsIn } from './helpers.js';

const shipped = new Matcher(loadDictionary('dict'));
const found = (text: string) => mentionsIn(text, shipped);

describe('the shipped dictionary in context', () => {
  it('reads a maker before its product as two mentions: NVIDIA H100, Intel Gaudi', async () => {
    expect(await found('NVIDIA H100とIntel Gaudi')).toEqual(['nvidia:NVIDIA', 'nvidia-h100:H100', 'intel:Intel', 'intel-gaudi:Gaudi']);
  });

  it('keeps a model whose name starts with its maker whole: DeepSeek-R1', async () => {
    expect(await found('DeepSeek-R1を公開')).toEqual(['deepseek-r1:DeepSeek-R1']);
  });

  it('continues a model list: DeepSeek-V3およびR1', async () => {
    expect(await found('DeepSeek-V3およびR1の重み')).toEqual(['deepseek-v3:DeepSeek-V3', 'deepseek-r1:R1']);
  });

  it('folds the parent ministry into its division: 経済産業省の安全保障貿易審査課', async () => {
    expect(await found('経済産業省の安全保障貿易審査課')).toEqual([
      'meti-security-export-licensing-division:経済産業省の安全保障貿易審査課',
    ]);
  });

  it('does not find a company name inside an ordinary word: 算能 in 計算能力', async () => {
    expect(await found('計算能力の向上')).toEqual([]);
  });

  it('finds a katakana name before a middle dot even when kuromoji reads the whole as one word', async () => {
    expect(await found('メラノックス・テクノロジーズを買収')).toEqual(['mellanox:メラノックス']);
  });

  it('names the publisher of an author line it does not know: SiliconGate編集部', async () => {
    expect(await found('SiliconGate編集部')).toEqual(['publisher-silicongate:SiliconGate']);
  });

  it('makes new chip entities from patterns: B300 and MI355X', async () => {
    expect(await found('B300とMI355X')).toEqual(['nvidia-b300:B300', 'amd-mi355x:MI355X']);
  });

  it('finds ECCNs, Tier 1 and the Entity List under their Japanese names', async () => {
    expect(await found('3A090.aとティア１、エンティティー・リスト')).toEqual(['eccn-3a090:3A090.a', 'tier-1:ティア１', 'entity-list:エンティティー・リスト']);
  });

  it('ignores regions and indices that contain a name: インド太平洋, 日経平均', async () => {
    expect(await found('インド太平洋と日経平均')).toEqual([]);
  });
});
