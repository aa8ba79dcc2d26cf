import Testing
import TupuRecognizer

/// Names in news of party schools: the central bodies known by name (中央军委, 中共中央政治局), a
/// works that builds a campus (…新校区建设工程), a school's numbered short name before its building
/// (三中|教育综合楼), and no name made of a verb of striving (创一流|县委党校) or of what a bare
/// building is for (教学综合楼). Fresh sentences.
@Suite struct PartySchoolTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Institution:中央军委]委员、[Institution:中共中央政治局]委员出席开学典礼。"),
        MarkedSentence("[Project:宁远县委党校新校区建设工程]在[Place:湾井镇]开工。"),
        MarkedSentence("[Place:宁远县]以创一流[Institution:县委党校]为目标。"),
        MarkedSentence("[Project:三中教育综合楼]、[Institution:宁远县特殊教育学校]相继投入使用。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func aBuildingNamedOnlyByItsUseIsNoWorks() {
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县一期将主要建设教学综合楼、住院综合楼和围墙。").isEmpty)
    }
}
