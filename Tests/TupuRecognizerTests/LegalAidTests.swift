import Testing
import TupuRecognizer

/// Names in news of legal-aid stations: a station named only by legal aid (建立法律援助工作站) is a kind, one
/// named by its place is a body (宁远县湾井法律援助工作站), and a province's short form after a city names that
/// province's people there, in the body's name (永州市江西商会…); a county's centre of a topic of two words is a
/// body (县|法律援助|中心). Fresh sentences.
@Suite struct LegalAidTests {
    @Test func aStationNamedOnlyByLegalAidIsAKind() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县在16个乡镇建立法律援助工作站。")
    }

    @Test func aStationNamedByItsPlaceIsABody() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县湾井法律援助工作站]挂牌成立。"))
    }

    @Test func aProvincesShortFormAfterACityStaysInTheName() {
        recognizer.expectFinds(MarkedSentence("[Institution:永州市江西商会法律援助工作站]成立。"))
    }

    @Test func aCountysCentreOfATwoWordTopicIsABody() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]以[Institution:县法律援助中心]为主体,设立工作站。"))
    }
}
