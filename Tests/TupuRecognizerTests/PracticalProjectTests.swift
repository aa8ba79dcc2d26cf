import Testing
import TupuRecognizer

/// Names in lists of practical projects voted by congresses: a road's section in a bracket with or
/// without 段 holds two places (…大道(舜陵街-九嶷大街)), and no works runs across it; a realignment
/// of a provincial road is a project (…段改线工程); lines and pipes of a voltage or use measured
/// right after their head are lengths of a kind (10千伏线路16公里), and projects counted by 件 are a
/// class. Fresh sentences.
@Suite struct PracticalProjectTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("改造[Place:宁远大道]([Place:舜陵街]-[Place:九嶷大街])雨水管网。"),
        MarkedSentence("铺设[Place:泠江路]([Place:印山街]-[Place:九嶷大道]段)供热主管网。"),
        MarkedSentence("[Project:省道S325线湾井至九嶷山段改线工程]建成通车。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func measuredLinesAndCountedProjectsAreKinds() {
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县新建10千伏线路16公里、雨水管网345米。").isEmpty)
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县确定十件民生实事项目。").isEmpty)
    }
}
