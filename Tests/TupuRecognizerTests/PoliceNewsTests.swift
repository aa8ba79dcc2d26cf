import Testing
import TupuRecognizer

/// Names in county police news: a bureau's centres, stations under a city whose name begins with
/// a verb, national observance days, and the kinds of activity and figures of speech such news is
/// full of. Fresh sentences.
@Suite struct PoliceNewsTests {
    static let cases: [MarkedSentence] = [
        // A centre right after its bureau is named with the bureau.
        MarkedSentence("元宵节期间,[Institution:宁远县公安局反诈中心]深入各乡镇开展宣传。"),
        MarkedSentence("这里是[Institution:宁远县公安局反诈骗宣传中心]。"),
        // A city or county whose name begins with a verb (会同|县) begins the station's name.
        MarkedSentence("近日,[Institution:怀化市会同县公安局林城派出所]民警走进集市。"),
        // National observance days are programmes.
        MarkedSentence("在第十个[Programme:全民国家安全教育日]到来之际,宁远县开展宣传。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Activities named by a public-safety topic alone (反诈骗宣传活动) are of a kind, and a net
    /// quoted as a figure of speech (“防护网”) or a bank card (银行卡) names no institution.
    @Test func kindsAndFiguresOfSpeechNameNothing() {
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县推动反诈骗宣传活动向纵深开展,织牢全民反诈“防护网”,查获涉诈银行卡220余张。") == [])
    }
}
