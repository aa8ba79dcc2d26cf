import Testing
import TupuRecognizer

/// Names in news of rural banks' village credit: a township the data lacks that ends in one it has,
/// years counted in words, titles of sub-districts, an outlet's dateline, mountain ranges and centres
/// written short after their county. Fresh sentences.
@Suite struct RuralCreditTests {
    /// A list item longer than a township of another province (东牧原镇 holds 牧原镇) is a township of its own.
    @Test func aListedTownshipIsReadWhole() {
        recognizer.expectFinds(MarkedSentence("农商银行已完成[Place:湾井镇]、[Place:东牧原镇]、[Place:下灌乡]的整村授信。"))
        recognizer.expectFinds(MarkedSentence("农商银行已完成[Place:湾井镇]、[Place:新韩垓镇]、[Place:下灌乡]的整村授信。"))
    }

    /// Years counted in words (十年间, 三年来) say when, no part of the name after them.
    @Test func yearsCountedInWordsBeginNoName() {
        recognizer.expectFinds(MarkedSentence("十年间[Institution:宁远农商银行]累计捐赠共建资金。"))
        recognizer.expectFinds(MarkedSentence("二十多年来[Institution:宁远县人民医院]坚持义诊。"))
    }

    /// A sub-district of a title (信用街道, 信用示范街道) is no sub-district's name.
    @Test func titledSubDistrictsNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县对复评信用街道和信用示范村授牌,舜陵街道获评文明示范街道。")
        #expect(names == ["舜陵街道"], "found \(names)")
    }

    /// The outlet a news item opens with before 讯 and its reporter's credit is an institution; the
    /// paper itself (本报讯) and a place it is filed from (宁远讯) are not.
    @Test func anOutletsDatelineNamesIt() {
        recognizer.expectFinds(MarkedSentence("[Institution:九嶷之声]讯(通讯员 李明)宁远县湾井镇开展义诊。"))
        let names = recognizer.namesBesidesTheCounty(in: "标题\n宁远讯（通讯员 张三）日前，本报讯 记者 李四")
        #expect(names == [], "found \(names)")
    }

    /// A mountain range (…山脉) is a place.
    @Test func aMountainRangeIsAPlace() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]地处[Place:南岭山脉]北麓,[Place:九嶷山脉]横亘其南。"))
    }

    /// A centre written short after the county (县农机中心, 我县农水中心) is the county's body; the
    /// county town's centre (县城中心) is a place, no body, and a body after 和 begins its own name.
    @Test func aShortCentreIsTheCountysBody() {
        recognizer.expectFinds(MarkedSentence("宁远县:我[Institution:县农水中心]和[Institution:宁远农商银行]签订协议。"))
        recognizer.expectFinds(MarkedSentence("宁远县:[Institution:县农机中心]和[Institution:县水利局]联合检查。"))
        let names = recognizer.namesBesidesTheCounty(in: "宁远县城中心的广场和永州市中心城区")
        #expect(!names.contains { $0.hasSuffix("中心") }, "found \(names)")
    }
}
