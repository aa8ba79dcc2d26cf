import Testing
import TupuRecognizer

/// Names in news of people resettled from reservoirs: design institutes and consulting centres
/// (…勘测设计院, …咨询中心), 利用 ending the name before it, and no name begun by a range of sizes
/// (大中型水利水电工程, 中小型企业). Fresh sentences.
@Suite struct ReservoirResettlementTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Institution:永州市水利水电勘测设计院]承担设计。"),
        MarkedSentence("[Institution:宁远县农业技术咨询中心]提供服务。"),
        MarkedSentence("项目利用[Place:东风水库]的水灌溉。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func aRangeOfSizesNamesAClass() {
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县按照规定对大中型水利水电工程移民安置进行验收。").isEmpty)
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县支持中小型企业服务中心建设。").isEmpty)
    }
}
