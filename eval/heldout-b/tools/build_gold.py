#!/usr/bin/env python3
"""Builds corpus/*.{md,txt} and gold.json from the hand-annotated sources in annotated/.

Markup in annotated/: [[surface|id]] or [[surface|id1+id2]] (a fused form such as 米中 names
several entities). The surface text is written to the corpus unchanged; every id is one mention.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(ROOT, 'annotated')
OUT = os.path.join(ROOT, 'corpus')
MARK = re.compile(r'\[\[([^|\]]+)\|([^\]]+)\]\]')

E = []
def ent(i, t, en, ja, *aliases):
    E.append({'id': i, 'type': t, 'en': en, 'ja': ja, 'aliases': list(aliases)})

# company
C = 'company'
ent('asml', C, 'ASML Holding', 'ASML', 'ASML', 'ASML Holding', 'エーエスエムエル')
ent('nexperia', C, 'Nexperia', 'ネクスペリア', 'Nexperia')
ent('wingtech', C, 'Wingtech Technology', '聞泰科技', 'Wingtech', 'Wingtech Technology', 'ウィングテック')
ent('nxp', C, 'NXP Semiconductors', 'NXPセミコンダクターズ', 'NXP', 'NXP Semiconductors')
ent('philips', C, 'Philips', 'フィリップス', 'Philips')
ent('honda', C, 'Honda Motor', 'ホンダ', 'Honda', '本田技研工業')
ent('volkswagen', C, 'Volkswagen', 'フォルクスワーゲン', 'Volkswagen', 'VW')
ent('tokyo_electron', C, 'Tokyo Electron', '東京エレクトロン', 'Tokyo Electron')
ent('canon', C, 'Canon', 'キヤノン', 'Canon')
ent('nikon', C, 'Nikon', 'ニコン', 'Nikon')
ent('allforces', C, 'ALLFORCES (blog publisher)', 'ALLFORCES')
ent('intel', C, 'Intel', 'インテル', 'Intel')
ent('micron', C, 'Micron Technology', 'マイクロン・テクノロジー', 'Micron', 'Micron Technology', 'マイクロン')
ent('samsung', C, 'Samsung Electronics', 'サムスン電子', 'Samsung Electronics', 'Samsung', 'サムスン')
ent('tsmc', C, 'TSMC', '台湾積体電路製造', 'TSMC', 'Taiwan Semiconductor Manufacturing Company')
ent('globalfoundries', C, 'GlobalFoundries', 'グローバルファウンドリーズ', 'GlobalFoundries')
ent('sk_hynix', C, 'SK hynix', 'SKハイニックス', 'SK hynix')
ent('apple', C, 'Apple', 'アップル', 'Apple')
ent('nvidia', C, 'NVIDIA', 'エヌビディア', 'NVIDIA', 'Nvidia')
ent('amd', C, 'Advanced Micro Devices (AMD)', 'アドバンスト・マイクロ・デバイセズ', 'AMD')
ent('rapidus', C, 'Rapidus', 'ラピダス', 'Rapidus')
ent('suzuki', C, 'Suzuki Motor', 'スズキ', 'Suzuki')
ent('shin_etsu', C, 'Shin-Etsu Chemical', '信越化学工業', 'Shin-Etsu Chemical', '信越化学')
ent('proterial', C, 'Proterial', 'プロテリアル', 'Proterial')
ent('tdk', C, 'TDK', 'TDK')
ent('sumitomo_electric', C, 'Sumitomo Electric Industries', '住友電気工業', 'Sumitomo Electric', '住友電工')
ent('lynas', C, 'Lynas Rare Earths', 'ライナス', 'Lynas', 'Lynas Rare Earths')
ent('sojitz', C, 'Sojitz', '双日', 'Sojitz')
ent('lges', C, 'LG Energy Solution', 'LGエナジーソリューション', 'LG Energy Solution')
ent('samsung_sdi', C, 'Samsung SDI', 'サムスンSDI', 'Samsung SDI')
ent('posco_futurem', C, 'POSCO Future M', 'POSCOフューチャーエム', 'POSCO Future M')
ent('mp_materials', C, 'MP Materials', 'MPマテリアルズ', 'MP Materials')
ent('dell', C, 'Dell Technologies', 'デル・テクノロジーズ', 'Dell', 'Dell Technologies', 'デル')
ent('supermicro', C, 'Super Micro Computer (Supermicro)', 'スーパー・マイクロ・コンピューター', 'Supermicro', 'Super Micro Computer', 'スーパーマイクロ')
ent('ft', C, 'Financial Times', 'フィナンシャル・タイムズ', 'Financial Times', 'FT')
ent('yonhap', C, 'Yonhap News Agency', '聯合ニュース', 'Yonhap')
ent('ymtc', C, 'Yangtze Memory Technologies (YMTC)', '長江存儲科技', 'YMTC', 'Yangtze Memory Technologies')
ent('cxmt', C, 'ChangXin Memory Technologies (CXMT)', '長鑫存儲技術', 'CXMT', 'ChangXin Memory Technologies')
ent('solidigm', C, 'Solidigm', 'ソリダイム', 'Solidigm')
ent('microsoft', C, 'Microsoft', 'マイクロソフト', 'Microsoft')
ent('openai', C, 'OpenAI', 'オープンAI', 'OpenAI')
ent('google', C, 'Google', 'グーグル', 'Google')
ent('amazon', C, 'Amazon', 'アマゾン', 'Amazon')
ent('aws', C, 'Amazon Web Services', 'アマゾン・ウェブ・サービス', 'Amazon Web Services', 'AWS')
ent('anthropic', C, 'Anthropic', 'アンソロピック', 'Anthropic')
ent('oracle', C, 'Oracle', 'オラクル', 'Oracle')
ent('xai', C, 'xAI', 'xAI')
ent('softbank', C, 'SoftBank Group', 'ソフトバンクグループ', 'SoftBank Group', 'SoftBank', 'ソフトバンク', 'SBG')
ent('sb_openai_japan', C, 'SB OpenAI Japan', 'SB OpenAI Japan')
ent('stargate', C, 'Stargate (AI infrastructure joint venture)', 'スターゲート', 'Stargate')
ent('mgx', C, 'MGX', 'MGX')
ent('sharp', C, 'Sharp', 'シャープ', 'Sharp')
ent('kddi', C, 'KDDI', 'KDDI')
ent('ntt', C, 'NTT', 'NTT', '日本電信電話')
ent('sakura_internet', C, 'Sakura Internet', 'さくらインターネット', 'Sakura Internet')

# chip
H = 'chip'
ent('hbm', H, 'High Bandwidth Memory', 'HBM', '高帯域幅メモリ', '高帯域幅メモリー')
ent('hbm3e', H, 'HBM3E', 'HBM3E')
ent('hbm4', H, 'HBM4', 'HBM4')
ent('h100', H, 'NVIDIA H100', 'H100')
ent('h200', H, 'NVIDIA H200', 'H200')
ent('h20', H, 'NVIDIA H20', 'H20')
ent('b200', H, 'NVIDIA B200', 'B200')
ent('gb200', H, 'NVIDIA GB200', 'GB200')
ent('blackwell', H, 'NVIDIA Blackwell', 'Blackwell')
ent('rubin', H, 'NVIDIA Rubin', 'Rubin')
ent('mi350', H, 'AMD Instinct MI350', 'MI350')
ent('tpu', H, 'Google TPU', 'TPU')
ent('ironwood', H, 'Google TPU v7 Ironwood', 'Ironwood', 'TPU v7')
ent('trainium2', H, 'AWS Trainium2', 'Trainium2')
ent('trainium3', H, 'AWS Trainium3', 'Trainium3')

# agency
A = 'agency'
ent('commerce', A, 'U.S. Department of Commerce', '米商務省', '商務省', 'Department of Commerce')
ent('bis', A, 'Bureau of Industry and Security', '産業安全保障局', 'BIS', '商務省産業安全保障局', '米商務省産業安全保障局')
ent('white_house', A, 'White House', 'ホワイトハウス', 'White House')
ent('chips_program_office', A, 'CHIPS Program Office', 'CHIPSプログラム・オフィス', 'CHIPS Program Office')
ent('us_investment_accelerator', A, 'United States Investment Accelerator', '米国投資アクセラレーター', 'United States Investment Accelerator', 'U.S. Investment Accelerator')
ent('meti', A, 'Ministry of Economy, Trade and Industry (Japan)', '経済産業省', 'METI', '経産省')
ent('nl_mea', A, 'Ministry of Economic Affairs (Netherlands)', 'オランダ経済省', 'Dutch Ministry of Economic Affairs')
ent('mofcom', A, 'Ministry of Commerce of the PRC (MOFCOM)', '中国商務部', 'MOFCOM', '商務部', '中華人民共和国商務部')
ent('gacc', A, 'General Administration of Customs (China)', '海関総署', 'GACC')
ent('motie', A, 'Ministry of Trade, Industry and Energy (Korea)', '韓国産業通商資源部', '産業通商資源部', 'MOTIE')
ent('dod', A, 'U.S. Department of Defense', '米国防総省', '国防総省', 'Department of Defense', 'DoD')
ent('eu', A, 'European Union', '欧州連合', 'EU')
ent('sg_police', A, 'Singapore Police Force', 'シンガポール警察', 'Singapore Police Force')
ent('my_miti', A, 'Ministry of Investment, Trade and Industry (Malaysia)', 'マレーシア投資貿易産業省', 'MITI', '投資貿易産業省')
ent('doj', A, 'U.S. Department of Justice', '米司法省', '司法省', 'Department of Justice', 'DOJ')
ent('house_select_ccp', A, 'House Select Committee on the CCP', '下院中国特別委員会', '米下院中国特別委員会')
ent('cac', A, 'Cyberspace Administration of China', '国家インターネット情報弁公室', 'CAC')

# regulation
R = 'regulation'
ent('ear', R, 'Export Administration Regulations', '輸出管理規則', 'EAR')
ent('fdpr', R, 'Foreign Direct Product Rule', '外国直接製品規則', 'FDPR', 'Foreign Direct Product Rule')
ent('entity_list', R, 'Entity List', 'エンティティ・リスト', 'Entity List', 'エンティティリスト')
ent('affiliates_rule', R, 'Affiliates Rule (BIS 50% rule)', '関連会社ルール', 'Affiliates Rule', '50%ルール')
ent('goods_availability_act', R, 'Goods Availability Act (Netherlands)', '物資入手可能法', 'Goods Availability Act', 'Wet beschikbaarheid goederen')
ent('chips_act', R, 'CHIPS and Science Act', 'CHIPS・科学法', 'CHIPS and Science Act', 'CHIPS法', 'CHIPS Act')
ent('prc_ecl', R, 'Export Control Law of the PRC', '輸出管理法', '中華人民共和国輸出管理法', 'Export Control Law')
ent('dual_use_regs', R, 'Regulations on Export Control of Dual-Use Items (PRC)', '両用品目輸出管理条例')
ent('crma', R, 'Critical Raw Materials Act (EU)', '重要原材料法', 'Critical Raw Materials Act', 'CRMA')
ent('veu', R, 'Validated End-User (VEU)', '検証済みエンドユーザー', 'VEU', 'Validated End-User')
ent('eccn_3a090', R, 'ECCN 3A090', '3A090')
ent('eccn_4a090', R, 'ECCN 4A090', '4A090')
ent('my_strategic_trade_act', R, 'Strategic Trade Act 2010 (Malaysia)', '戦略貿易法', 'Strategic Trade Act')
ent('chip_security_act', R, 'Chip Security Act', 'チップ・セキュリティ法', 'Chip Security Act')
ent('ndaa', R, 'National Defense Authorization Act', '国防授権法', 'NDAA')
ent('gain_ai_act', R, 'GAIN AI Act', 'GAIN AI法', 'GAIN AI Act')
ent('esp_act', R, 'Economic Security Promotion Act (Japan)', '経済安全保障推進法', '経済安保推進法')

# country
K = 'country'
ent('usa', K, 'United States', '米国', 'アメリカ', '米', 'US', 'United States')
ent('china', K, 'China', '中国', 'China')
ent('japan', K, 'Japan', '日本', 'Japan')
ent('korea', K, 'South Korea', '韓国', 'South Korea', 'Korea')
ent('netherlands', K, 'Netherlands', 'オランダ', 'Netherlands', '蘭')
ent('taiwan', K, 'Taiwan', '台湾', 'Taiwan')
ent('germany', K, 'Germany', 'ドイツ', 'Germany', '独')
ent('mexico', K, 'Mexico', 'メキシコ', 'Mexico')
ent('uk', K, 'United Kingdom', '英国', 'United Kingdom', 'イギリス', '英')
ent('singapore', K, 'Singapore', 'シンガポール', 'Singapore')
ent('malaysia', K, 'Malaysia', 'マレーシア', 'Malaysia')
ent('thailand', K, 'Thailand', 'タイ', 'Thailand')
ent('hong_kong', K, 'Hong Kong', '香港', 'Hong Kong')
ent('macau', K, 'Macau', 'マカオ', 'Macau', 'Macao')
ent('australia', K, 'Australia', 'オーストラリア', 'Australia', '豪')

# model
M = 'model'
ent('gpt', M, 'OpenAI GPT series', 'GPT')
ent('gpt5', M, 'OpenAI GPT-5', 'GPT-5')
ent('gemini', M, 'Google Gemini', 'Gemini')
ent('gemini3', M, 'Google Gemini 3', 'Gemini 3')
ent('claude', M, 'Anthropic Claude', 'Claude')
ent('grok', M, 'xAI Grok', 'Grok')
ent('grok4', M, 'xAI Grok 4', 'Grok 4')
ent('tsuzumi', M, 'NTT tsuzumi', 'tsuzumi')

def strip(text):
    """Returns (plain text, [(start, end, surface, [ids])]) for one annotated source."""
    out, spans, pos = [], [], 0
    plen = 0
    for m in MARK.finditer(text):
        chunk = text[pos:m.start()]
        out.append(chunk); plen += len(chunk)
        surf, ids = m.group(1), m.group(2).split('+')
        spans.append((plen, plen + len(surf), surf, ids))
        out.append(surf); plen += len(surf)
        pos = m.end()
    out.append(text[pos:])
    plain = ''.join(out)
    assert '[[' not in plain and ']]' not in plain, 'unbalanced markup'
    return plain, spans

def load():
    docs = {}
    for fn in sorted(os.listdir(SRC)):
        if not re.match(r'b0\d_.*\.(md|txt)$', fn):
            continue
        plain, spans = strip(open(os.path.join(SRC, fn), encoding='utf-8').read())
        docs[fn] = (plain, spans)
    return docs

def main():
    ids = {e['id'] for e in E}
    assert len(ids) == len(E), 'duplicate ids'
    docs = load()
    os.makedirs(OUT, exist_ok=True)
    mentions = {}
    used = set()
    for fn, (plain, spans) in docs.items():
        open(os.path.join(OUT, fn), 'w', encoding='utf-8').write(plain)
        doc = os.path.splitext(fn)[0]
        counts = {}
        for _, _, surf, sids in spans:
            for i in sids:
                if i == 'X':
                    continue
                if i not in ids:
                    sys.exit(f'{fn}: unknown id {i} on {surf}')
                counts[i] = counts.get(i, 0) + 1
                used.add(i)
        mentions[doc] = dict(sorted(counts.items()))
    unused = ids - used
    if unused:
        sys.exit(f'entities with no mention: {sorted(unused)}')
    types = ['company', 'chip', 'agency', 'regulation', 'country', 'model']
    gold = {'types': types, 'entities': E, 'mentions': mentions}
    with open(os.path.join(ROOT, 'gold.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')
    for fn, (plain, _) in docs.items():
        print(f'{fn}: {len(plain)} chars, {sum(mentions[os.path.splitext(fn)[0]].values())} mentions')

if __name__ == '__main__':
    main()
