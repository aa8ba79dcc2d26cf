import Testing
import TupuRecognizer

/// Names in news of mulberries: a community written as the village it was (…社区 as …村), a
/// sub-district written without 道 before one of its villages (…街|…村), a county's short form right
/// after its own province (河北|安国); quoted names before 品种 are varieties. Fresh sentences.
@Suite struct MulberryTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:宁远县][Place:东溪街道]的桑葚熟了，[Place:逍遥岩村]村民忙着采摘。"),
        MarkedSentence("[Place:黄陂区][Place:六指街][Place:七里岗村]建起桑葚采摘园。"),
        MarkedSentence("[Place:河北沧县]的桑叶销往[Place:河北安国]的药材企业。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A sub-district's form without 道 anywhere but before its own villages is as likely a street.
    @Test func aSubdistrictWithoutItsVillageIsNotNamedShort() {
        let names = recognizer.recognize("黄陂区六指街上人来人往，黄陂区的桑葚上市了。").mentions.map(\.name)
        #expect(!names.contains("六指街") && !names.contains("六指街道"), "found \(names)")
    }

    /// Quoted names before 品种 are varieties, no programmes.
    @Test func quotedVarietiesAreNoProgrammes() {
        let mentions = recognizer.recognize("合作社引进了“金桑一号”“红果三号”等优良品种。").mentions
        #expect(!mentions.contains { $0.type == .programme }, "\(mentions.map(\.name))")
    }
}
