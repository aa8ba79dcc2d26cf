import Testing
import TupuRecognizer

/// Names in news of martyrs' cemeteries and memorial sites: verbs of building that the list of
/// common words lacks, sites named by another site's kind, memorial parks, and the sources credit
/// lines name. Fresh sentences.
@Suite struct MemorialSiteTests {
    /// A memorial park (纪念园) is a site, named after the person it remembers (江上|青 is no river's stretch).
    @Test func memorialParksAreSites() {
        recognizer.expectFinds(MarkedSentence("宁远县干部来到[Place:湾井镇江上青纪念园]参观。"))
        let names = recognizer.namesBesidesTheCounty(in: "宁远县烈士陵园墓地人行通道施工现场")
        #expect(!names.contains { $0.hasSuffix("墓地") }, "found \(names)")
    }

    static let creditLines: [MarkedSentence] = [
        MarkedSentence("宁远县修缮烈士陵园。\n来源:[Institution:宁远融媒APP]    作者:张三"),
        MarkedSentence("宁远县修缮烈士陵园。\n来源:[Institution:微言宁远]"),
    ]

    /// The source a credit line names is an outlet or a body, whatever its name ends in.
    @Test(arguments: creditLines)
    func findsTheCreditedSource(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// The site itself (本站原创) and a division (湾井镇, left to the place rules) are no credited body.
    @Test func theSiteItselfAndDivisionsAreNoCreditedBody() {
        let document = recognizer.recognize("宁远县修缮烈士陵园。\n来源:本站原创\n来源:湾井镇")
        #expect(!document.mentions.contains { $0.type == .institution }, "found \(document.mentions.map(\.name))")
    }

    /// A boundary word the common words lack (拓宽) begins no site's name, and a site of a site's kind
    /// (陵园|广场) is a kind, though a street takes such a name.
    @Test func sitesAfterUncommonVerbsNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县拓宽陵园广场,新建纪念亭。")
        #expect(names == [], "found \(names)")
        recognizer.expectFinds(MarkedSentence("[Project:宁远县公园路改造]完成。"))
    }
}
