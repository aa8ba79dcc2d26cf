import Testing
import TupuRecognizer

/// Names in news of study-tour bases: hometowns, martyrs' tombs and ferries as sites (…故里, …烈士墓,
/// …渡口), exhibition rooms and experience halls as bodies (…陈列室, …体验馆), a noun running across a
/// function character (…共同体…), a body after 报 (submitted to) or 牵手, and bodies listed before a
/// shared kind of site (…中心等|教学点), which keep their own names. Fresh sentences.
@Suite struct StudyTourSiteTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:宁远县]重点打造了[Place:舜帝故里]、[Place:欧阳海烈士墓]和[Place:九嶷山红军渡口]。"),
        MarkedSentence("[Institution:宁远县欧阳海生平事迹陈列室]获批省级爱国主义教育基地。"),
        MarkedSentence("[Place:湾井镇]建成[Institution:湾井镇民族共同体教育体验馆]。"),
        MarkedSentence("经专家评审后，报[Institution:市教育局党组]审核批准。"),
        MarkedSentence("[Place:宁远县]牵手[Institution:湖南省旅游发展有限公司]，共同开发研学课程。"),
        MarkedSentence("整合[Institution:舜德文化体验馆]和[Institution:宁远县新时代文明实践中心]等教学点。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func bodiesListedBeforeAKindOfSiteAreNoSites() {
        let names = recognizer.namesBesidesTheCounty(in: "整合舜德文化体验馆和宁远县新时代文明实践中心等教学点。")
        #expect(!names.contains { $0.hasSuffix("教学点") }, "\(names)")
    }

    @Test func scatteredTombsAndRevolutionarySitesAreKinds() {
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县加强对革命遗址和零散烈士墓的保护，村里建有家谱陈列室。").isEmpty)
    }
}
