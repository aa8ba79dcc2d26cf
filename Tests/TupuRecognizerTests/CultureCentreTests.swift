import Testing
import TupuRecognizer

/// Names in news of village culture centres and passenger stations: a county's centres of every village
/// (宁远|村级…中心), a centre named with a year, and squares for sport or culture of no place name
/// nothing; passenger and freight stations built are works. Fresh sentences.
@Suite struct CultureCentreTests {
    @Test func centresOfAClassNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远村级综合文化服务中心建设加快推进。宁远县2024年基层综合文化服务中心建设工作会召开。")
        #expect(!names.contains { $0.hasSuffix("中心") }, "found \(names)")
    }

    @Test func squaresOfAKindNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县各村配备文体广场和文化活动广场。")
        #expect(names == [], "found \(names)")
    }

    @Test func aVillagesCentreIsStillABody() {
        recognizer.expectFinds(MarkedSentence("走进[Institution:湾井镇下灌村综合文化服务中心]。"))
    }

    @Test func stationsBuiltAreWorks() {
        recognizer.expectFinds(MarkedSentence("确保[Project:宁远湾井综合客运站]开工建设,[Project:冷水货运站]年内竣工。"))
    }
}
