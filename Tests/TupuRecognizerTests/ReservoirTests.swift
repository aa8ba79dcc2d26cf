import Testing
import TupuRecognizer

/// Names in news of reservoirs and irrigation works: a verb that begins a river's name stays in it (倒流|河), and a
/// works named by that river alone builds something (…倒流河工程 is a project); an irrigated area's and a
/// reservoir's own works (灌区骨干工程, 水库枢纽工程, 渠道工程) and a size class written with digits (小(1)型) are
/// kinds; a site's head right after a verb such as 包括 is its object; a superlative describes, never names.
/// Fresh sentences.
@Suite struct ReservoirTests {
    @Test func aRiverNamedWithAVerbNamesItsWorks() {
        recognizer.expectFinds(MarkedSentence("[Project:宁远县倒流河工程]开工。"))
    }

    @Test func aReservoirsOwnWorksAndSizeClassAreKinds() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县灌区骨干工程包括水库枢纽工程和渠道工程。")
        #expect(!names.contains(where: { $0.hasSuffix("工程") || $0.hasSuffix("水库") }), "\(names)")
        let sized = recognizer.namesBesidesTheCounty(in: "宁远县龙洞水库是一座以灌溉为主,兼顾生活供水等综合利用的小(1)型水利工程。")
        #expect(!sized.contains(where: { $0.hasSuffix("工程") }), "\(sized)")
    }

    @Test func aSiteAfterAVerbAndASuperlativeNameNothing() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县的项目包括水库、公园等。")
        recognizer.expectNamesNothingButTheCounty(in: "这是宁远县有史以来最长跨河大桥工程。")
    }
}
