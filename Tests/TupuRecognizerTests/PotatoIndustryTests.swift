import Testing
import TupuRecognizer

/// Names in news of potato industries: a quoted way of farming with the words that say what it is of
/// (“借种还种”|滚动种植|模式), and a compound direction after a division's short form (黔西|北 reads
/// 黔西北, northwest Guizhou), a region even where the text names the division's prefecture. Fresh sentences.
@Suite struct PotatoIndustryTests {
    @Test func aQuotedModelWithItsDescriptionIsNamed() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]推广[Programme:以种换种轮作种植模式|“以种换种”轮作种植模式]。"))
    }

    @Test func aCompoundDirectionIsARegion() {
        let names = recognizer.namesBesidesTheCounty(in: "黔西北高原上的毕节市种植马铃薯。")
        #expect(names == ["毕节市"], "\(names)")
    }

    @Test func theDivisionItselfIsStillNamed() {
        let names = recognizer.namesBesidesTheCounty(in: "黔西市的农民种植马铃薯，毕节市也种。")
        #expect(names.contains("黔西市"), "\(names)")
    }
}
