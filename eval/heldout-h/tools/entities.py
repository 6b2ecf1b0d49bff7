#!/usr/bin/env python3
"""Entity table for heldout-h (id, type, en, ja, aliases). Writes entities.json."""
import json, os
E = []
def e(id, type, en, ja, *aliases): E.append({"id": id, "type": type, "en": en, "ja": ja, "aliases": list(aliases)})
# company
e("ymtc", "company", "Yangtze Memory Technologies (YMTC)", "長江メモリ", "YMTC", "Yangtze Memory Technologies Corp",
  "长江存储科技有限责任公司", "長江存儲科技有限責任公司", "长江存储", "揚子江メモリーテクノロジーズ株式会社",
  "揚子江メモリテクノロジーズ株式会社", "長江生存利益科技有限責任公司", "Chángjiāng Cúnchǔ Kējì Yǒuxiànzérèn Gōngsī", "Chángjiāng Cúnchǔ")
e("tsinghua-unigroup", "company", "Tsinghua Unigroup", "紫光集団", "清華紫光集団", "Tsinghua Unigroup")
e("big-fund", "company", "China Integrated Circuit Industry Investment Fund (Big Fund)", "中国集積回路産業投資基金",
  "中国集積回路産業投資ファンド", "ビッグファンド")
e("xmc", "company", "Wuhan Xinxin Semiconductor Manufacturing (XMC)", "XMC")
e("lexar", "company", "Lexar", "レキサー", "Lexar")
e("hp", "company", "HP", "HP")
e("cxmt", "company", "ChangXin Memory Technologies (CXMT)", "長鑫メモリテクノロジーズ", "CXMT", "长鑫存储技术有限公司",
  "長鑫記憶技術", "長鑫存储", "長鑫", "Innotron", "Innotron メモリ", "イノトロン", "合肥長新", "合肥瑞麗集積回路製造")
e("jhicc", "company", "Fujian Jinhua Integrated Circuit (JHICC)", "福建省金華集成電路", "JHICC")
e("xian-unigroup-semi", "company", "Xi'an UniIC Semiconductors", "西安紫光半導体")
e("asml", "company", "ASML", "ASML")
e("amd", "company", "Advanced Micro Devices (AMD)", "アドバンスト・マイクロ・デバイセズ", "AMD", "Advanced Micro Devices")
e("via", "company", "VIA Technologies", "VIA Technologies")
e("zhaoxin", "company", "Zhaoxin", "Zhaoxin")
e("thatic", "company", "Tianjin Haiguang Advanced Technology Investment (THATIC)", "天津海光先進技術投資有限公司", "THATIC")
e("hmc", "company", "Haiguang Microelectronics (HMC)", "海光微電子有限公司", "HMC")
e("hygon", "company", "Hygon (Chengdu Haiguang Integrated Circuit Design)", "成都海光集積回路設計有限公司", "Hygon")
e("deepseek", "company", "DeepSeek", "ディープシーク", "DeepSeek", "ディープ・シーク")
e("huawei", "company", "Huawei", "ファーウェイ", "Huawei")
e("toyo-keizai", "company", "Toyo Keizai Online", "東洋経済オンライン")
e("google", "company", "Google", "グーグル", "Google")
e("intel", "company", "Intel", "インテル", "Intel")
e("qualcomm", "company", "Qualcomm", "クアルコム", "Qualcomm")
e("xilinx", "company", "Xilinx", "ザイリンクス", "Xilinx")
e("broadcom", "company", "Broadcom", "ブロードコム", "Broadcom")
# chip
e("xtacking", "chip", "Xtacking (YMTC 3D NAND architecture)", "XTacking", "Xtacking", "Xtracking")
e("lpddr4", "chip", "LPDDR4", "LPDDR4")
e("ddr4", "chip", "DDR4", "DDR4")
e("lpddr5", "chip", "LPDDR5", "LPDDR5")
e("zen-1", "chip", "Zen 1 (AMD microarchitecture)", "Zen 1")
# agency
e("hubei-gov", "agency", "Hubei Provincial Government (China)", "湖北省政府", "湖北省地方政府")
e("dod", "agency", "Department of Defense (United States)", "米国国防総省", "国防総省")
e("commerce", "agency", "Department of Commerce (United States)", "商務省", "米商務省")
e("bis", "agency", "Bureau of Industry and Security (BIS)", "産業安全保障局", "アメリカ合衆国商務省産業安全保障局",
  "Bureau of Industry and Security", "BIS")
e("eu", "agency", "European Union (EU)", "欧州連合", "EU")
e("cabinet", "agency", "Cabinet (Japan)", "内閣")
e("shugiin", "agency", "House of Representatives (Japan)", "衆議院")
e("ai-strategy-hq", "agency", "AI Strategy Headquarters (Japan)", "人工知能戦略本部", "AI戦略本部")
e("ai-strategy-council", "agency", "AI Strategy Council (Japan)", "AI戦略会議")
e("ai-strategy-team", "agency", "AI Strategy Team (Japan)", "AI戦略チーム")
e("kantei", "agency", "Prime Minister's Office (Kantei, Japan)", "総理大臣官邸", "首相官邸", "官邸")
e("g7", "agency", "Group of Seven (G7)", "G7")
e("sangiin-meti-committee", "agency", "Committee on Economy and Industry, House of Councillors (Japan)", "経済産業委員会")
# regulation
e("ipa-act", "regulation", "Act on the Promotion of Information Processing (Japan)", "情報処理の促進に関する法律", "情報処理促進法")
e("special-accounts-act", "regulation", "Act on Special Accounts (Japan)", "特別会計に関する法律", "特別会計法")
e("suicide-act", "regulation", "Basic Act on Suicide Countermeasures (Japan)", "自殺対策基本法")
e("port-act", "regulation", "Port and Harbor Act (Japan)", "港湾法")
e("raa-act", "regulation", "Act on the Implementation of the Reciprocal Access Agreements (Japan)",
  "日本国の自衛隊と我が国以外の締約国の軍隊との間における相互のアクセス及び協力の円滑化に関する日本国と我が国以外の締約国との間の協定の実施に関する法律",
  "日本国の自衛隊と我が国以外の締約国の軍隊との間における相互のアクセス及び協力の円滑化に関する日本国と我が国以外の締約国との間の協定の実施に関する法律案")
e("ai-promotion-act", "regulation", "AI Promotion Act (Japan)", "人工知能関連技術の研究開発及び活用の推進に関する法律",
  "人工知能関連技術の研究開発 及び 活用の推進に関する法律案", "AI関連技術の研究開発・活用推進法案", "AI新法", "AI 新法", "AI推進法")
e("ai-basic-plan", "regulation", "AI Basic Plan (Japan)", "AI基本計画", "人工知能基本計画")
e("honebuto", "regulation", "Basic Policy on Economic and Fiscal Management and Reform (Honebuto, Japan)", "骨太方針", "骨太の方針")
e("integrated-innovation-strategy", "regulation", "Integrated Innovation Strategy (Japan)", "統合イノベーション戦略")
e("ear", "regulation", "Export Administration Regulations (EAR)", "輸出管理規則", "EAR", "Export Administration Regulations")
e("entity-list", "regulation", "Entity List", "エンティティ・リスト", "エンティティリスト", "Entity List", "禁輸措置対象リスト")
e("denied-persons-list", "regulation", "Denied Persons List", "ディナイド・パーソン・リスト", "取引禁止顧客リスト", "Denied Persons List")
# country
e("china", "country", "China", "中国", "中華人民共和国")
e("usa", "country", "United States", "米国", "アメリカ", "アメリカ合衆国", "United States")
e("japan", "country", "Japan", "日本")
e("taiwan", "country", "Taiwan", "台湾")
e("uk", "country", "United Kingdom", "イギリス", "英国")
# model
e("chatgpt", "model", "ChatGPT", "チャットGPT", "ChatGPT", "Chat GPT")
if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "entities.json"), "w", encoding="utf-8") as f:
        json.dump(E, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(E), "entities")
