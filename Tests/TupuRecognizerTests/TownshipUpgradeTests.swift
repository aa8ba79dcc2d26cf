import Testing
import TupuRecognizer

/// Names in news of townships made towns: a verb before 镇 after a listed township, with no list mark after it
/// (湾井乡,|实行|镇管村体制), begins a clause, no township; townships listed beside a found one stay townships. Fresh sentences.
@Suite struct TownshipUpgradeTests {
    @Test func aVerbBeforeTheLevelBeginsAClause() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]撤销[Place:湾井乡],实行镇管村体制。"))
        #expect(!recognizer.recognize("宁远县撤销湾井乡,实行镇管村体制。").mentions.contains { $0.name == "实行镇" })
    }

    @Test func townshipsListedBesideAFoundOneStayTownships() {
        recognizer.expectFinds(MarkedSentence("同意[Place:湾井镇]、[Place:青山乡]、[Place:白马乡]成建制合并。"))
    }
}
