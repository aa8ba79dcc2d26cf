import Testing
import TupuRecognizer

/// Names in news of martyrs' cemeteries and memorial sites: verbs of building that the list of
/// common words lacks, and sites named by another site's kind. Fresh sentences.
@Suite struct MemorialSiteTests {
    /// A boundary word the common words lack (拓宽) begins no site's name, and a site of a site's kind
    /// (陵园|广场) is a kind, though a street takes such a name.
    @Test func sitesAfterUncommonVerbsNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县拓宽陵园广场,新建纪念亭。")
        #expect(names == [], "found \(names)")
        recognizer.expectFinds(MarkedSentence("[Project:宁远县公园路改造]完成。"))
    }
}
