import Testing
import TupuRecognizer

/// Names in news of digital villages, farm industry, cold-chain logistics and township fire
/// brigades: national agencies known by their short names, countries, markets, supply
/// cooperatives, and fire stations named with the government that runs them. Fresh sentences.
@Suite struct LogisticsNewsTests {
    static let cases: [MarkedSentence] = [
        // National agencies by the short names the news uses; countries as places.
        MarkedSentence("[Institution:中央网信办]会同[Institution:市场监管总局]、[Institution:国务院扶贫办]组织试点，产品出口[Place:美国]、[Place:巴西]。"),
        // A fire station or brigade is named with the government that runs it; markets are sites.
        MarkedSentence("[Institution:宁远县湾井镇政府专职消防队]揭牌，[Place:宁远县农产品批发市场]由[Institution:宁远县供销社]建设。"),
        // A site credited before its correspondent, after a space, is a medium.
        MarkedSentence("[Institution:湘南网]9月11日讯（[Institution:潇湘网] 通讯员 李明）[Place:宁远县]建成投用。"),
        // Two hyphens are a dash, not a channel's joiner.
        MarkedSentence("首个小型消防站--[Institution:宁远县湾井镇小型消防站]投用。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A country before one more character names a kind (巴西菇); the bodies and units of every
    /// township (乡镇政府, 乡镇专职消防队) are a class.
    @Test func kindsAndClassesOfBodiesAreNoNames() {
        for text in ["宁远县巴西菇、香菇热销。", "宁远县乡镇政府专职消防队建设，4支乡镇专职消防队成立。"] {
            let names = recognizer.namesBesidesTheCounty(in: text)
            #expect(names.isEmpty, "\(text): found \(names)")
        }
    }
}
