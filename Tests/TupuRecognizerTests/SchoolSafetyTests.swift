import Testing
import TupuRecognizer

/// Names in news of drowning prevention in schools: a department's village work team, a quoted way of
/// working before its mechanism, and the words of the genre that name nothing (who takes charge of whom,
/// the waters of a whole township, a township that sets up a team).
/// Fresh sentences.
@Suite struct SchoolSafetyTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Institution:宁远县教育局驻村工作队]进村开展防溺水宣传。"),
        MarkedSentence("[Place:宁远县]建立“[Programme:家校共管]”联防机制。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test(arguments: [
        "宁远县推行教育局包抓学校、学校包抓教师的机制。",
        "宁远县在全乡水库、水塘设置警示标志。",
    ]) func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }

    @Test func aTownshipThatSetsUpATeamNamesNoVillage() {
        let names = recognizer.recognize("宁远县湾井镇组建驻村工作队。").mentions.map(\.name)
        #expect(names == ["宁远县", "湾井镇"], "\(names)")
    }
}
