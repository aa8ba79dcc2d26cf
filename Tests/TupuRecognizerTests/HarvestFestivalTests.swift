import Testing
import TupuRecognizer

/// Names in news of harvest festivals: a company's word of two characters ending in 和 after its
/// place is the company's (湖南|友和|生物科技…, 宁远县|天和|食品公司); wineries and operations centres
/// are bodies (九嶷酒庄, 电商运营中心); a determiner points at a festival and is no part of it
/// (整个|农民丰收节); contests named by what is done in them are kinds (稻谷收割比赛); a trademark
/// before 牌 names a product (“舜源”牌茶叶); and traditional villages are a kind (传统古村落). Fresh sentences.
@Suite struct HarvestFestivalTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Institution:湖南友和生物科技股份有限公司]与[Institution:宁远县天和食品公司]入选。"))
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县九嶷酒庄]、[Institution:宁远县电商运营中心]参展。"))
        recognizer.expectFinds(MarkedSentence("整个[Programme:农民丰收节]分为开镰仪式等环节。"))
        recognizer.expectFinds(MarkedSentence("[Programme:宁远县第二届乡镇篮球比赛]开幕。"))
    }

    @Test func contestKindsTrademarksAndTraditionalVillagesNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "开展稻谷收割比赛、扎稻草人比赛活动。“舜源”牌茶叶入选品牌名录，保护传统古村落。")
        #expect(names == [], "found \(names)")
    }
}
