#!/usr/bin/env python3
"""Entity table for heldout-c (id, type, en, ja, aliases). Writes entities.json."""
import json, os
E = []
def e(id, type, en, ja, *aliases): E.append({"id": id, "type": type, "en": en, "ja": ja, "aliases": list(aliases)})
# company
e("sk-hynix", "company", "SK hynix", "SKハイニックス", "SK hynix")
e("samsung", "company", "Samsung Electronics", "サムスン電子", "Samsung Electronics")
e("hana-micron", "company", "Hana Micron", "ハナマイクロン", "Hana Micron")
e("people-daily-online", "company", "People's Daily Online", "人民網", "People's Daily Online")
e("hamamatsu-photonics", "company", "Hamamatsu Photonics", "浜松ホトニクス", "浜松ホトニクス株式会社", "Hamamatsu Photonics")
e("ex-fusion", "company", "EX-Fusion", "EX-Fusion")
# chip
e("aim", "chip", "SK hynix AiM (accelerator-in-memory)", "AiM")
# agency
e("bis", "agency", "Bureau of Industry and Security", "産業安全保障局", "BIS", "米国商務省産業安全保障局", "Bureau of Industry and Security")
e("state-dept", "agency", "U.S. Department of State", "国務省", "Department of State")
e("commerce", "agency", "U.S. Department of Commerce", "商務省", "米商務省", "Department of Commerce")
e("us-eop", "agency", "Executive Office of the President (U.S.)", "大統領府", "Executive Office of the President")
e("ostp", "agency", "White House Office of Science and Technology Policy (OSTP)", "大統領府科学技術政策局", "OSTP", "科学技術政策局", "Office of Science and Technology Policy")
e("apec", "agency", "Asia-Pacific Economic Cooperation (APEC)", "アジア太平洋経済協力", "APEC")
e("msit", "agency", "Ministry of Science and ICT (Korea)", "科学技術情報通信部", "MSIT", "韓国科学技術情報通信部")
e("eu", "agency", "European Union", "欧州連合", "EU")
e("european-commission", "agency", "European Commission", "欧州委員会", "EC")
e("most-china", "agency", "Ministry of Science and Technology of China (MOST)", "科学技術部", "MOST", "科技部")
e("state-council", "agency", "State Council of China", "国務院", "State Council")
e("mext", "agency", "Ministry of Education, Culture, Sports, Science and Technology (MEXT)", "文部科学省", "MEXT")
e("meti", "agency", "Ministry of Economy, Trade and Industry (METI)", "経済産業省", "METI", "経産省")
e("npa", "agency", "National Police Agency (Japan)", "警察庁", "National Police Agency")
e("national-diet", "agency", "National Diet (Japan)", "国会", "National Diet")
e("house-of-representatives", "agency", "House of Representatives (Japan)", "衆議院", "House of Representatives")
e("g7", "agency", "Group of Seven (G7)", "G7")
# regulation
e("entity-list", "regulation", "Entity List", "エンティティリスト", "Entity List", "EL")
e("denied-persons-list", "regulation", "Denied Persons List", "取引禁止顧客", "Denied Persons List", "DPL")
e("sdn-list", "regulation", "Specially Designated Nationals (SDN) List", "SDNリスト", "SDN List")
e("ear", "regulation", "Export Administration Regulations (EAR)", "輸出管理規則", "EAR", "Export Administration Regulations")
e("ai-action-plan", "regulation", "America's AI Action Plan", "AI行動計画", "AI Action Plan")
e("american-ai-exports-program", "regulation", "American AI Exports Program", "米国AI輸出プログラム", "American AI Exports Program")
e("new-gen-ai-plan", "regulation", "New Generation Artificial Intelligence Development Plan (China)", "新世代AI発展計画")
e("japan-5g-act", "regulation", "Act on Promotion of Development, Supply and Introduction of Specified Advanced Information and Communication Technology Systems (Japan)", "特定高度情報通信技術活用システムの開発供給及び導入の促進に関する法律")
e("export-trade-control-order", "regulation", "Export Trade Control Order (Japan)", "輸出貿易管理令", "輸出令", "Export Trade Control Order")
e("foreign-exchange-order", "regulation", "Foreign Exchange Order (Japan)", "外国為替令", "外為令", "Foreign Exchange Order")
e("fefta", "regulation", "Foreign Exchange and Foreign Trade Act (FEFTA)", "外国為替及び外国貿易法", "外為法", "FEFTA")
# country
e("usa", "country", "United States", "米国", "アメリカ合衆国", "アメリカ", "United States")
e("china", "country", "China", "中国", "China")
e("korea", "country", "South Korea", "韓国", "Korea", "South Korea")
e("japan", "country", "Japan", "日本", "Japan")
e("russia", "country", "Russia", "ロシア", "Russia")
e("switzerland", "country", "Switzerland", "スイス", "Switzerland")
e("germany", "country", "Germany", "ドイツ", "Germany")
e("myanmar", "country", "Myanmar", "ミャンマー", "Myanmar")
e("venezuela", "country", "Venezuela", "ベネズエラ", "Venezuela")
e("belgium", "country", "Belgium", "ベルギー", "Belgium")
# model
e("chatgpt", "model", "ChatGPT", "ChatGPT")
if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "entities.json"), "w", encoding="utf-8") as f:
        json.dump(E, f, ensure_ascii=False, indent=1); f.write("\n")
    print(len(E), "entities")
