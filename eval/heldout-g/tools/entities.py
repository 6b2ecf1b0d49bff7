#!/usr/bin/env python3
"""Entity table for heldout-g (id, type, en, ja, aliases). Writes entities.json."""
import json, os
E = []
def e(id, type, en, ja, *aliases): E.append({"id": id, "type": type, "en": en, "ja": ja, "aliases": list(aliases)})
# company
e("google", "company", "Google", "グーグル", "Google")
e("google-cloud", "company", "Google Cloud", "グーグル・クラウド", "Google Cloud")
e("deepseek", "company", "DeepSeek", "ディープシーク", "DeepSeek", "深度求索")
e("openai", "company", "OpenAI", "オープンAI", "OpenAI")
e("reuters", "company", "Reuters", "ロイター", "Reuters", "ロイター通信")
e("github", "company", "GitHub", "ギットハブ", "GitHub")
e("tohoku-electric", "company", "Tohoku Electric Power", "東北電力", "Tohoku Electric Power")
e("tepco", "company", "Tokyo Electric Power Company (TEPCO)", "東京電力", "TEPCO", "東京電力ホールディングス")
# chip
e("tpu", "chip", "TPU (Tensor Processing Unit)", "TPU", "Tensor Processing Unit", "Cloud TPU")
e("tpu-v6e", "chip", "TPU v6e (Trillium)", "TPU v6e", "Trillium", "v6e", "Cloud TPU v6e", "v6e Cloud TPU")
e("tpu-v5e", "chip", "TPU v5e", "TPU v5e", "v5e", "Cloud TPU v5e")
e("ironwood", "chip", "Ironwood (TPU7x)", "Ironwood", "TPU7x", "TPU v7")
# agency
e("esp-council", "agency", "Economic Security Promotion Council (Japan)", "経済安全保障推進会議")
e("esp-expert-panel", "agency", "Expert Panel on Economic Security Legislation (Japan)", "経済安全保障法制に関する有識者会議")
e("national-diet", "agency", "National Diet (Japan)", "国会", "National Diet")
e("ai-strategy-council", "agency", "AI Strategy Council (Japan)", "AI戦略会議")
e("ai-system-study-group", "agency", "AI System Study Group (Japan)", "AI制度研究会")
e("ai-tech-strategy-council", "agency", "Strategic Council for AI Technology (Japan)", "人工知能技術戦略会議")
e("mic", "agency", "Ministry of Internal Affairs and Communications (MIC)", "総務省", "MIC")
e("meti", "agency", "Ministry of Economy, Trade and Industry (METI)", "経済産業省", "METI", "経産省")
e("digital-agency", "agency", "Digital Agency (Japan)", "デジタル庁", "Digital Agency")
e("digital-society-council-secretariat", "agency", "Executive Committee of the Digital Society Promotion Council (Japan)", "デジタル社会推進会議幹事会")
e("aisi", "agency", "Japan AI Safety Institute (AISI)", "AIセーフティ・インスティテュート", "AISI", "AI Safety Institute")
e("ipa", "agency", "Information-technology Promotion Agency (IPA)", "情報処理推進機構", "IPA", "独立行政法人情報処理推進機構")
e("commerce", "agency", "Department of Commerce (United States)", "商務省", "米商務省", "Department of Commerce")
e("japan-mission-vienna", "agency", "Permanent Mission of Japan to the International Organizations in Vienna", "在ウィーン国際機関日本政府代表部")
# regulation
e("esp-act", "regulation", "Economic Security Promotion Act (Japan)", "経済安全保障推進法",
  "経済施策を一体的に講ずることによる安全保障の確保の推進に関する法律",
  "経済施策を一体的に講ずることによる安全保障の確保の推進に関する法律案", "経済安全保障推進法案")
e("ai-promotion-act", "regulation", "AI Promotion Act (Japan)", "人工知能関連技術の研究開発及び活用の推進に関する法律",
  "人工知能関連技術の研究開発及び活用の推進に関する法律案", "AI推進法")
e("ai-business-guidelines", "regulation", "AI Guidelines for Business (Japan)", "AI事業者ガイドライン")
e("genai-procurement-guideline", "regulation", "Guideline on the Procurement and Use of Generative AI for Government (Japan)",
  "行政の進化と革新のための生成AIの調達・利活用に係るガイドライン")
e("australia-group", "regulation", "Australia Group (AG)", "オーストラリア・グループ", "Australia Group", "AG")
e("nsg", "regulation", "Nuclear Suppliers Group (NSG)", "原子力供給国グループ", "NSG")
e("fefta", "regulation", "Foreign Exchange and Foreign Trade Act (FEFTA, Japan)", "外国為替及び外国貿易法", "外為法", "FEFTA")
e("export-trade-control-order", "regulation", "Export Trade Control Order (Japan)", "輸出貿易管理令", "輸出令")
e("foreign-exchange-order", "regulation", "Foreign Exchange Order (Japan)", "外国為替令", "外為令")
e("ndaa", "regulation", "National Defense Authorization Act (NDAA)", "国防授権法", "NDAA")
e("ecra", "regulation", "Export Control Reform Act (ECRA)", "輸出管理改革法", "ECRA")
e("firrma", "regulation", "Foreign Investment Risk Review Modernization Act (FIRRMA)", "外国投資リスク審査現代化法", "FIRRMA")
e("entity-list", "regulation", "Entity List", "エンティティリスト", "エンティティーリスト", "エンティティ・リスト", "Entity List")
e("ear", "regulation", "Export Administration Regulations (EAR)", "輸出管理規則", "EAR", "Export Administration Regulations")
# country
e("usa", "country", "United States", "米国", "アメリカ", "アメリカ合衆国", "United States")
e("china", "country", "China", "中国")
e("japan", "country", "Japan", "日本")
e("iran", "country", "Iran", "イラン")
e("iraq", "country", "Iraq", "イラク")
e("australia", "country", "Australia", "オーストラリア")
e("russia", "country", "Russia", "ロシア")
e("ukraine", "country", "Ukraine", "ウクライナ")
# model
e("openai-o1", "model", "OpenAI o1", "OpenAI o1", "o1", "オープンエーアイ オーワン", "Strawberry", "Q*", "Q star")
e("o1-preview", "model", "OpenAI o1-preview", "o1-preview", "OpenAI o1-preview")
e("o1-mini", "model", "OpenAI o1-mini", "o1-mini", "OpenAI o1-mini")
e("gpt-4o", "model", "GPT-4o", "GPT-4o")
e("chatgpt", "model", "ChatGPT", "チャットGPT", "ChatGPT")
e("gpt", "model", "GPT (Generative Pre-trained Transformer series)", "GPT")
e("deepseek-v3-1", "model", "DeepSeek-V3.1", "DeepSeek-V3.1", "deepseek-v3.1-maas")
e("deepseek-r1", "model", "DeepSeek-R1", "DeepSeek-R1", "DeepSeek R1")
e("deepseek-r1-0528", "model", "DeepSeek R1 (0528)", "DeepSeek R1(0528)", "deepseek-r1-0528-maas")
if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "entities.json"), "w", encoding="utf-8") as f:
        json.dump(E, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(E), "entities")
