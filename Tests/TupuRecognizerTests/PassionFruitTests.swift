import Testing
import TupuRecognizer

/// Names in news of passion fruit: a dateline filed from a township of the document's county, written
/// by its short form (本报湾井5月17日电), names that township. Fresh sentences.
@Suite struct PassionFruitTests {
    @Test func aDatelineFromATownshipsShortFormNamesTheTownship() {
        recognizer.expectFinds(MarkedSentence("本报[Place:湾井]5月17日电 (记者李明)在[Place:宁远县]湾井镇的百香果基地里,果农忙着采摘。"))
    }

    @Test func aDatelineFromNoTownshipNamesNone() {
        let names = recognizer.recognize("本报花园5月17日电 (记者李明)在宁远县的百香果基地里,果农忙着采摘。").mentions.map(\.name)
        #expect(names == ["宁远县"], "\(names)")
    }
}
