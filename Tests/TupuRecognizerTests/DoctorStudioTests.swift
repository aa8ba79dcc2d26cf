import Testing
import TupuRecognizer

/// Names in news of studios of renowned doctors: workstations named by their place and topic
/// (…工作站), a hospital's general party branch (…医院党总支), and no name made of a kind of expert
/// alone (名医工作室, 院士工作站) or of 新添 before generic words. Fresh sentences.
@Suite struct DoctorStudioTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Institution:湾井镇名老中医传承工作站]在[Institution:湾井镇卫生院]揭牌。"),
        MarkedSentence("[Institution:宁远县人民医院党总支]书记出席揭牌仪式。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func studiosNamedByAKindOfExpertAreKinds() {
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县依托名医工作室和院士工作站，新添国家级建设项目。").isEmpty)
    }
}
