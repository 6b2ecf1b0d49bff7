#!/usr/bin/env python3
"""Entity table for heldout-j (id, type, en, ja, aliases). Writes entities.json."""
import json, os
E = []
def e(id, type, en, ja, *aliases): E.append({"id": id, "type": type, "en": en, "ja": ja, "aliases": list(aliases)})
# company
e("micron", "company", "Micron Technology", "マイクロン・テクノロジー", "Micron Technology", "Micron", "マイクロン", "マイクロンテクノロジー",
  "マイクロン・テクノロジ", "マイクロン・テクノロジー株式会社", "マイクロンテクノロジー株式会社", "マイクロンテクノロジー社", "Micron Technology, Inc.", "MTI")
e("intel", "company", "Intel", "インテル", "Intel")
e("im-flash", "company", "IM Flash Technologies", "IMフラッシュテクノロジーズ", "IM Flash Technologies")
e("lexar", "company", "Lexar", "レキサー", "Lexar")
e("mostek", "company", "Mostek", "モステック", "Mostek")
e("nasdaq", "company", "Nasdaq", "ナスダック", "NASDAQ", "Nasdaq")
e("bell-labs", "company", "Bell Labs", "ベル研究所", "Bell Labs")
e("motorola", "company", "Motorola", "モトローラ", "Motorola")
e("shockley-semiconductor", "company", "Shockley Semiconductor Laboratory", "ショックレー・セミコンダクタ", "Shockley Semiconductor")
e("sylvania", "company", "Sylvania", "シルバニア", "Sylvania")
e("centralab", "company", "Centralab", "セントラルラボ", "Centralab")
e("fairchild", "company", "Fairchild Semiconductor", "フェアチャイルド・セミコンダクタ", "フェアチャイルド", "Fairchild Semiconductor", "Fairchild")
e("texas-instruments", "company", "Texas Instruments", "テキサス・インスツルメンツ", "Texas Instruments")
e("tsmc", "company", "Taiwan Semiconductor Manufacturing Company (TSMC)", "台湾積体電路製造", "TSMC", "Taiwan Semiconductor Manufacturing Company Limited")
e("jasm", "company", "Japan Advanced Semiconductor Manufacturing (JASM)", "JASM", "Japan Advanced Semiconductor Manufacturing株式会社", "Japan Advanced Semiconductor Manufacturing")
e("openai", "company", "OpenAI", "オープンAI", "OpenAI", "OpenAI社")
e("google", "company", "Google", "グーグル", "Google")
# chip
e("ddr4", "chip", "DDR4 SDRAM", "DDR4")
# agency
e("eu", "agency", "European Union (EU)", "欧州連合", "EU")
e("us-doc", "agency", "United States Department of Commerce", "商務省", "米国商務省", "Department of Commerce")
e("meti", "agency", "Ministry of Economy, Trade and Industry (METI)", "経済産業省", "経産省", "METI")
e("meti-trade-policy-bureau", "agency", "Trade Policy Bureau (METI)", "通商政策局")
e("jucip", "agency", "Japan-U.S. Commercial and Industrial Partnership (JUCIP)", "日米商務・産業パートナーシップ", "JUCIP")
e("us-japan-epcc", "agency", "Japan-U.S. Economic Policy Consultative Committee (Economic 2+2)", "日米経済政策協議委員会", "経済版「2+2」", "経済版2+2")
e("sangiin-cabinet-committee", "agency", "Committee on Cabinet, House of Councillors (Japan)", "参議院内閣委員会", "参議院 内閣委員会", "内閣委員会")
e("sangiin-meti-committee", "agency", "Committee on Economy and Industry, House of Councillors (Japan)", "経済産業委員会", "経産委員会")
e("diet", "agency", "National Diet (Japan)", "国会")
e("nedo", "agency", "New Energy and Industrial Technology Development Organization (NEDO)", "新エネルギー・産業技術総合開発機構", "NEDO")
e("cabinet-office", "agency", "Cabinet Office (Japan)", "内閣府")
e("ip-strategy-secretariat", "agency", "Intellectual Property Strategy Headquarters Secretariat (Japan)", "知的財産戦略推進事務局")
# regulation
e("fefta", "regulation", "Foreign Exchange and Foreign Trade Act (FEFTA, Japan)", "外国為替及び外国貿易法", "外為法")
e("unfair-competition-prevention-act", "regulation", "Unfair Competition Prevention Act (Japan)", "不正競争防止法", "不競法")
e("origin-procedures-act", "regulation", "Act on Rules of Origin Procedures under Economic Partnership Agreements (Japan)", "原産地法")
e("economic-security-promotion-act", "regulation", "Economic Security Promotion Act (Japan)", "経済安全保障推進法", "経済安保法案", "経済安保法")
e("diet-act", "regulation", "Diet Act (Japan)", "国会法")
e("5g-promotion-act", "regulation", "Act on Promotion of Development, Supply and Introduction of Specified Advanced ICT Utilization Systems (5G Promotion Act, Japan)", "5G促進法")
e("nedo-act", "regulation", "Act on the New Energy and Industrial Technology Development Organization (NEDO Act, Japan)", "NEDO法")
e("specific-semiconductor-fund-program", "regulation", "Specified Semiconductor Fund Programme (Japan)", "特定半導体基金事業")
e("copyright-act", "regulation", "Copyright Act (Japan)", "著作権法")
e("cabinet-office-establishment-act", "regulation", "Act for Establishment of the Cabinet Office (Japan)", "内閣府設置法")
e("ai-promotion-act", "regulation", "Act on Promotion of Research, Development and Utilization of AI-Related Technologies (AI Promotion Act, Japan)",
  "人工知能関連技術の研究開発及び活用の推進に関する法律", "AI推進法", "AI法")
# country
e("usa", "country", "United States", "米国", "アメリカ", "アメリカ合衆国", "米")
e("japan", "country", "Japan", "日本")
e("north-korea", "country", "North Korea", "北朝鮮")
e("taiwan", "country", "Taiwan", "台湾")
# model
e("midjourney", "model", "Midjourney", "ミッドジャーニー", "Midjourney")
e("stable-diffusion", "model", "Stable Diffusion", "ステーブルディフュージョン", "Stable Diffusion")
e("chatgpt", "model", "ChatGPT", "チャットGPT", "ChatGPT")
e("bard", "model", "Bard", "バード", "Bard")
e("sora-2", "model", "Sora 2", "SORA2", "Sora 2", "Sora2")
if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "entities.json"), "w", encoding="utf-8") as f:
        json.dump(E, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(E), "entities")
