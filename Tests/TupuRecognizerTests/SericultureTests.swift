import Testing
import TupuRecognizer

/// Names in news of sericulture: a technical guidance station, an outlet's dateline on a line of its
/// own, and a national transfer between two regions quoted (“东桑西移”, “西电东送”); and what names
/// nothing: a company of the place at hand (当地|丝绸公司) and works on low-yield land (低产桑园改造).
/// Fresh sentences.
@Suite struct SericultureTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Institution:宁远县蚕业技术指导站]派员指导。"),
        MarkedSentence("[Institution:商情社]07月15日讯\n近日，[Place:宁远县]召开蚕桑会议。"),
        MarkedSentence("[Place:宁远县]抓住“[Programme:西果东送]”有利契机。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test(arguments: ["宁远县当地茶叶公司抓紧收购。", "宁远县开展低效茶园改造。", "宁远县开展低产桑园改造。", "宁远县当好“南北”通道。"])
    func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
