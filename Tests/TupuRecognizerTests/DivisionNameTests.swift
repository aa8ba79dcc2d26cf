import Testing
import TupuRecognizer

/// How a document names its divisions beyond the gazetteer's current full names and short forms:
/// names from before a reform, and two-character counties. Fresh sentences about real divisions.
@Suite struct DivisionNameTests {
    static let cases: [MarkedSentence] = [
        // A county-level city or a district written as the county it was (简阳市 was 简阳县, 长清区 长清县).
        MarkedSentence("二〇一〇年，[Place:简阳县]新建学校10所，[Place:长清县]新建卫生院3所。"),
        // A town written as the township it was, under the document's county (宁远县 has 禾亭镇).
        MarkedSentence("[Place:宁远县][Place:禾亭乡]建成敬老院，[Place:宁远县]各乡镇推广。"),
        // A two-character county followed by its own 县-bodies is named in full (岚县|县委), and
        // counts wherever else the text writes it.
        MarkedSentence("[Place:岚县]县委书记主持会议。[Place:岚县]地处吕梁山区，土豆产业发展迅速。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// The division a former name stands for, under the name the document uses.
    @Test func aFormerNameIsItsDivisionUnderTheWrittenName() throws {
        let document = recognizer.recognize("简阳县委、县政府召开会议，简阳县各乡镇参加。")
        let county = try #require(document.county)
        #expect(county.code == "510185" && county.name == "简阳县")
    }

    /// A short form inside its own full name (静乐 in 静乐县) is the same mention: a county written
    /// three times by two characters is the document's over one written twice in full.
    @Test func eachMentionCountsOnceForTheDocumentsCounty() {
        let document = recognizer.recognize("岚县县长主持，岚县地处山区，岚县很好。静乐县县长来访，静乐县领导参加。")
        #expect(document.county?.name == "岚县")
    }

    /// A former name whose body is a common word (平安县, now 平安区: 平安|县城), the doubled 县 of
    /// a longer county (临|高县|县委) and a new county committee (新|县委) name no county.
    @Test(arguments: [
        "2025年7月被评为全省平安县城建设先进单位。",
        "临高县县委书记调研，新县委班子到任。",
    ])
    func wordsAroundCountiesNameNone(_ text: String) {
        let places = recognizer.recognize(text).mentions.filter { $0.type == .place && $0.name != "临高县" }
        #expect(places.isEmpty, "found \(places.map(\.name))")
    }
}
