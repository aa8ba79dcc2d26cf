import Testing
import TupuRecognizer

/// Names in news of public training bases and rural cemeteries: a place's public training base and its
/// works are named by the place (宁远县公共实训基地建设项目); a programme's name does not begin inside one
/// the lexicon knows (教育强国推进|工程(…)…投资计划); a reform is named by what it reforms, after a verb of
/// spreading word of it (宣传|婚俗改革), and 改革 after an adverb or pronoun (怎么改革) is a verb; a village's
/// cemetery is a site (下灌村公墓), a kind of cemetery none (公益性公墓). Fresh sentences.
@Suite struct TrainingBaseTests {
    @Test func aPlacesPublicTrainingBaseIsOneWorks() {
        let mentions = recognizer.recognize("宁远县公共实训基地建设项目开工，永州市公共实训基地项目同步推进。").mentions
        for name in ["宁远县公共实训基地建设项目", "永州市公共实训基地项目"] {
            #expect(mentions.contains { $0.type == .project && $0.name == name }, "\(name): found \(mentions.map(\.name))")
        }
    }

    @Test func countedTrainingBasesAreAClass() {
        let mentions = recognizer.recognize("宁远县5个公共实训基地项目开工。").mentions
        #expect(!mentions.contains { $0.type == .project }, "found \(mentions.map(\.name))")
    }

    @Test func aProgrammesNameDoesNotBeginInsideAKnownOne() {
        let mentions = recognizer.recognize("省发改委下达教育强国推进工程(公共实训基地建设方向)2025年中央预算内投资计划。").mentions
        #expect(mentions.contains { $0.type == .programme && $0.name == "教育强国推进工程" }, "found \(mentions.map(\.name))")
        #expect(!mentions.contains { $0.name.hasPrefix("工程") }, "found \(mentions.map(\.name))")
    }

    @Test func aReformIsNamedByWhatItReforms() {
        let mentions = recognizer.recognize("湾井镇宣传婚俗改革政策。").mentions
        #expect(mentions.contains { $0.type == .programme && $0.name == "婚俗改革" }, "found \(mentions.map(\.name))")
        let asked = recognizer.recognize("看未来农村婚俗怎么改革?").mentions
        #expect(!asked.contains { $0.type == .programme }, "found \(asked.map(\.name))")
    }

    @Test func aVillagesCemeteryIsASiteAndAKindIsNone() {
        let mentions = recognizer.recognize("下灌村公墓建成投入使用，全镇加快农村公益性公墓建设。").mentions
        #expect(mentions.contains { $0.type == .place && $0.name == "下灌村公墓" }, "found \(mentions.map(\.name))")
        #expect(!mentions.contains { $0.name.hasSuffix("公益性公墓") }, "found \(mentions.map(\.name))")
    }
}
