#!/usr/bin/env python3
"""Entity table for heldout-e (id, type, en, ja, aliases). Writes entities.json."""
import json, os
E = []
def e(id, type, en, ja, *aliases): E.append({"id": id, "type": type, "en": en, "ja": ja, "aliases": list(aliases)})
# company
e("nvidia", "company", "NVIDIA", "エヌビディア", "NVIDIA", "NVIDIA Corporation", "エヌビディアコーポレーション")
e("lsi-logic", "company", "LSI Logic", "LSIロジック", "LSI Logic")
e("diamond-multimedia", "company", "Diamond Multimedia", "ダイアモンド・マルチメディア", "Diamond Multimedia")
e("sega", "company", "Sega", "セガ", "Sega")
e("sgi", "company", "SGI (Silicon Graphics)", "SGI", "Silicon Graphics")
e("sgs-thomson", "company", "SGS-Thomson", "SGS-Thomson", "SGSトムソン")
e("stb", "company", "STB Systems", "STB", "STB Systems")
e("3dfx", "company", "3dfx Interactive", "3dfx", "3dfx Interactive")
e("microsoft", "company", "Microsoft", "マイクロソフト", "Microsoft")
e("scei", "company", "Sony Computer Entertainment (SCEI)", "ソニー・コンピュータエンタテインメント", "SCEI", "Sony Computer Entertainment")
e("sk-hynix", "company", "SK Hynix", "SKハイニックス", "SK Hynix", "SK Hynix Inc.", "SKハイニックス株式会社", "エスケイハイニックス",
  "ハイニックス半導体", "ハイニックス", "Hynix", "現代電子")
e("sk-telecom", "company", "SK Telecom", "SKテレコム", "SK Telecom")
e("sk-group", "company", "SK Group", "SKグループ", "SK Group")
e("sk-innovation", "company", "SK Innovation", "SKイノベーション", "SK Innovation")
e("samsung-electronics", "company", "Samsung Electronics", "サムスン電子", "Samsung Electronics")
e("hyundai-group", "company", "Hyundai Group", "現代グループ", "Hyundai Group", "現代")
e("lg-group", "company", "LG Group", "LGグループ", "LG Group")
e("apple", "company", "Apple", "アップル", "Apple")
e("asus", "company", "Asus", "エイスース", "Asus", "ASUS")
e("dell", "company", "Dell", "デル", "Dell")
e("msi", "company", "MSI (Micro-Star International)", "MSI", "Micro-Star International")
e("hp-inc", "company", "HP Inc.", "HP Inc.")
e("hpe", "company", "Hewlett Packard Enterprise", "ヒューレット・パッカード・エンタープライズ", "Hewlett Packard Enterprise")
e("hewlett-packard", "company", "Hewlett-Packard", "ヒューレット・パッカード", "Hewlett-Packard")
e("toyo-keizai", "company", "Toyo Keizai Online", "東洋経済オンライン", "Toyo Keizai Online")
e("huawei", "company", "Huawei", "ファーウェイ", "Huawei", "華為技術")
e("tsmc", "company", "TSMC", "台湾積体電路製造", "TSMC", "Taiwan Semiconductor Manufacturing Company Limited")
e("jasm", "company", "Japan Advanced Semiconductor Manufacturing (JASM)", "JASM", "Japan Advanced Semiconductor Manufacturing",
  "Japan Advanced Semiconductor Manufacturing株式会社")
e("micron-japan", "company", "Micron Japan", "マイクロンジャパン株式会社", "マイクロンジャパン", "Micron Japan")
e("kioxia", "company", "Kioxia", "キオクシア", "キオクシア株式会社", "Kioxia")
e("elpida", "company", "Elpida Memory", "エルピーダメモリ", "Elpida Memory")
# chip
e("geforce", "chip", "GeForce", "GeForce", "ジーフォース")
e("quadro", "chip", "Quadro", "Quadro", "クアドロ")
e("nvs", "chip", "NVS (NVIDIA)", "NVS")
e("tesla-gpu", "chip", "Tesla (NVIDIA GPU family)", "Tesla", "テスラ")
e("tegra", "chip", "Tegra", "Tegra", "テグラ")
e("tegra-4", "chip", "Tegra 4", "Tegra 4")
e("nv1", "chip", "NV1", "NV1")
e("riva-128", "chip", "RIVA 128", "RIVA 128", "STG2000")
e("nv38", "chip", "NV38", "NV38")
e("rsx", "chip", "RSX (PlayStation 3 GPU)", "RSX")
# agency
e("bis", "agency", "Bureau of Industry and Security (BIS)", "産業安全保障局", "BIS", "Bureau of Industry and Security",
  "アメリカ合衆国商務省産業安全保障局")
e("doc", "agency", "U.S. Department of Commerce", "商務省", "Department of Commerce")
e("korea-nps", "agency", "National Pension Service (South Korea)", "韓国国民年金公団", "国民年金公団", "National Pension Service")
e("shugiin", "agency", "House of Representatives (Japan)", "衆議院", "House of Representatives")
e("shugiin-budget-committee", "agency", "Budget Committee, House of Representatives (Japan)", "衆議院予算委員会")
e("national-diet", "agency", "National Diet (Japan)", "国会", "National Diet")
e("taiwan-moea", "agency", "Ministry of Economic Affairs (Taiwan)", "台湾経済部", "経済部")
e("nedo", "agency", "New Energy and Industrial Technology Development Organization (NEDO)", "新エネルギー・産業技術総合開発機構", "NEDO",
  "国立研究開発法人新エネルギー・産業技術総合開発機構")
e("meti", "agency", "Ministry of Economy, Trade and Industry (METI)", "経済産業省", "METI", "経産省")
e("econ-2plus2", "agency", "Japan-U.S. Economic Policy Consultative Committee (Economic 2+2)", "日米経済政策協議委員会", "経済版「2+2」")
e("ipef", "agency", "Indo-Pacific Economic Framework for Prosperity (IPEF)", "インド太平洋経済枠組み", "IPEF")
# regulation
e("ear", "regulation", "Export Administration Regulations (EAR)", "輸出管理規則", "EAR", "Export Administration Regulations")
e("entity-list", "regulation", "Entity List", "エンティティリスト", "Entity List", "禁輸措置対象リスト")
e("denied-persons-list", "regulation", "Denied Persons List", "ディナイド・パーソン・リスト", "取引禁止顧客リスト", "Denied Persons List")
e("advanced-semiconductor-fund", "regulation", "Advanced Semiconductor Production Base Development Fund (NEDO)", "先端半導体生産基盤整備基金")
e("diet-act", "regulation", "Diet Act (Japan)", "国会法", "Diet Act")
e("5g-promotion-act", "regulation", "Act on Promotion of Development, Supply and Introduction of Systems Using Specified Advanced Information and Communication Technologies (Japan)",
  "特定高度情報通信技術活用システムの開発供給及び導入の促進に関する法律")
# country
e("usa", "country", "United States", "米国", "アメリカ", "アメリカ合衆国", "United States")
e("japan", "country", "Japan", "日本", "Japan")
e("korea", "country", "South Korea", "韓国", "South Korea")
if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "entities.json"), "w", encoding="utf-8") as f:
        json.dump(E, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(E), "entities")
