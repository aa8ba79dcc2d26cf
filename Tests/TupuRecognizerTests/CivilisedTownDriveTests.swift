import Testing
import TupuRecognizer

/// Names in news of drives for civilised and sanitary county towns: a drive to win a title keeps the
/// title's rank (省级文明县城创建, 市级文明村创建), and 创建 after a verb, a verbal noun or the whole
/// people (对标|创建, 影响|创建成效, 全民|创建) names no drive. Fresh sentences.
@Suite struct CivilisedTownDriveTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]总结了2025年[Programme:省级文明县城创建]工作，部署[Programme:市级文明村创建]。"))
    }

    @Test func creatingAfterAVerbOrTheWholePeopleIsNoDrive() {
        let names = recognizer.namesBesidesTheCounty(in: "各单位要对标创建，坚持全民创建，对履责不力影响创建成效的追责问责。")
        #expect(names == [], "found \(names)")
    }
}
