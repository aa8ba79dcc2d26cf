import Testing
import TupuRecognizer

/// Names in news of peasants' night schools: a village's night school (夜校) is a body, its first
/// session of a class (首期|培训班) is no works, and the first of a kind (首家) or a station of skills
/// (技能加油站) names nothing. Fresh sentences.
@Suite struct NightSchoolTests {
    @Test func aVillagesNightSchoolIsABody() {
        recognizer.expectFinds(MarkedSentence("全县首家农民夜校——[Institution:湾井镇下灌村农民夜校]挂牌开课。"))
    }

    @Test func aClassSessionIsNoWorks() {
        let mentions = recognizer.recognize("下灌村农民夜校首期培训班正式开班,夜校成为政策宣讲台、技能加油站。").mentions
        #expect(!mentions.contains { $0.type == .project }, "found \(mentions.map(\.name))")
        #expect(!mentions.contains { $0.name.hasSuffix("加油站") }, "found \(mentions.map(\.name))")
    }
}
