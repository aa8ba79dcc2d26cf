import Testing
import TupuRecognizer

/// Names in news of peonies: a garden of a flower (牡丹园, 月季园) is a site named by what precedes it; an
/// experience centre (体验中心) is a body; an office known by its abbreviation is one where a reporter
/// learns from it (从县蔬菜产业办|获悉); and three sites or more listed before 等景点 are places, uncounted,
/// while kinds listed there (湖泊、湿地) are none. Fresh sentences.
@Suite struct PeonyTests {
    @Test func aGardenOfAFlowerIsASite() {
        recognizer.expectFinds(MarkedSentence("[Place:湾井镇月季园]迎来开园之喜。"))
    }

    @Test func anExperienceCentreIsABody() {
        recognizer.expectFinds(MarkedSentence("该园成立了[Institution:舜韵文化体验中心]。"))
    }

    @Test func anAbbreviatedOfficeAReporterLearnsFromIsABody() {
        let names = recognizer.recognize("记者从县蔬菜产业办获悉,今年种植蔬菜3万亩。").mentions.map(\.name)
        #expect(names.contains { $0.hasSuffix("县蔬菜产业办") }, "\(names)")
    }

    @Test func sitesListedBeforeSightsArePlaces() {
        recognizer.expectFinds(MarkedSentence("园内的[Place:望湖亭]、[Place:听松阁]、[Place:玉带桥]等景点吸引游客。"))
        recognizer.expectNamesNothingButTheCounty(in: "宁远县园内有湖泊、湿地、森林等景点。")
    }
}
