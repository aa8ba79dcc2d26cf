import Testing
import TupuRecognizer

/// Names in village tours and vocational-school news: hamlets' sites in villages, villages whose
/// names begin like a street's, party branches named without 党, two departments in one title,
/// new heads, and classes of school that name nothing. Fresh sentences.
@Suite struct VillageTourTests {
    static let cases: [MarkedSentence] = [
        // A hamlet's site is named apart from its village.
        MarkedSentence("观摩团前往[Place:湾井镇][Place:下灌村][Place:李家幸福屋场]。"),
        // A party branch named without 党, after its village.
        MarkedSentence("与[Institution:下灌村支部]书记进行了交流。"),
        // Two departments written one after the other in a document's title are two.
        MarkedSentence("《[Institution:永州市教育局][Institution:永州市人力资源和社会保障局]关于同意成立宁远职业教育集团的批复》"),
        // New heads: trade promotion councils and vocational schools by their short name.
        MarkedSentence("[Institution:湖南省贸促会]驻村第一书记到[Institution:宁远职中]调研。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Classes of vocational school and collective works name nothing; a verb before a bare village
    /// body ends the body's name (介绍|村党支部).
    @Test func classesAndBareBodiesAreNoNames() {
        let names = recognizer.namesBesidesTheCounty(in: "全国中职学校和高职专科学校参加,李明现场介绍村党支部领办合作社项目,推进壮大集体经济项目。")
        #expect(!names.contains { $0.contains("学校") || $0.contains("介绍") || $0.contains("集体") }, "found \(names)")
    }

    /// A street's head before 村 or 社区 begins a village's or a community's name, no street (宁远县|东街村).
    @Test func aStreetsHeadBeforeAVillageNamesNoStreet() {
        let names = recognizer.namesBesidesTheCounty(in: "前往宁远县东街村和宁远县北街社区。")
        #expect(!names.contains { $0.hasSuffix("街") }, "found \(names)")
    }
}
