import Testing
import TupuRecognizer

/// Names in news of universities for the elderly: the ages of life (老年, 青年) begin names, no time
/// words; such schools as a kind name nothing; 经 before a bare body ends what stands before it; a
/// person named like a city after a post is no place. Fresh sentences.
@Suite struct ElderlyUniversityTests {
    @Test func agesOfLifeBeginNames() {
        recognizer.expectFinds(MarkedSentence("宁远县:[Institution:县老年大学]和[Institution:宁远县青年志愿者协会]联合举办开班仪式。"))
        recognizer.expectFinds(MarkedSentence("[Institution:湾井镇老年学堂]在[Institution:舜德书院]揭牌。"))
    }

    @Test func schoolsOfAKindNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县推进规范化老年大学建设,成人文化技术学校也要成为老年朋友的健康乐园。")
        #expect(names == [], "found \(names)")
    }

    /// 经 (by way of) before a bare body ends what stands before it, inside a grown name too.
    @Test func byWayOfEndsWhatStandsBefore() {
        recognizer.expectFinds(MarkedSentence("宁远县:分校经[Institution:县委老干部局|县委老干部局]批准设立,学校经[Institution:县教育局]备案。"))
    }

    /// A city's short form after a post or before a title (总督学|高雄, 高雄|委员) is a person's name.
    @Test func aPersonNamedLikeACityIsNoPlace() {
        let document = recognizer.recognize("宁远县教育局总督学高雄、湾井镇党委委员李明参加仪式,高雄委员讲话。")
        #expect(!document.mentions.contains { $0.type == .place && $0.name.hasPrefix("高雄") }, "found \(document.mentions.map(\.name))")
    }
}
