import Testing
import TupuRecognizer

/// Names in news of township fire brigades and stations: a unit named only by its service (新建|消防救援站,
/// 成立|应急救援队) is a kind, one named by its place is a body; a quoted body said with 的 (“家门前的消防队”)
/// is a figure of speech. Fresh sentences.
@Suite struct FireStationTests {
    @Test func unitsNamedOnlyByTheirServiceAreKinds() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县3个新建消防救援站投入使用,各镇新建应急救援队,还成立了森林消防中队。")
    }

    @Test func unitsNamedByTheirPlaceAreBodies() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县消防救援大队]组织[Place:湾井镇]的[Institution:湾井镇消防救援站]开展演练。"))
    }

    @Test func aQuotedBodySaidWithDeIsAFigureOfSpeech() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县打造群众“家门口的消防站”,建成“不打烊的便民服务中心”。")
    }
}
