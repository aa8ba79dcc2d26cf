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
        // Renamings the data records: a prefecture (襄樊市, now 襄阳市), a county become a district of
        // another name (长治县, now 上党区) and a district merged into another (江干区, now 上城区).
        MarkedSentence("[Place:襄樊市]的汽车产业起步早，[Place:长治县]的小米远销各地，[Place:江干区]的丝绸市场热闹。"),
        // A recorded former name of two characters counts where its prefecture supports it (盘县 of 六盘水市).
        MarkedSentence("[Place:六盘水市]的[Place:盘县]种植刺梨，[Place:盘县]的刺梨远销各地。"),
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

    /// A recorded former name is the division it became: the code is today's, the name the text's.
    @Test(arguments: [("长治县的小米远销各地，长治县的谷子也好。", "140404", "长治县"), ("襄樊市的汽车产业起步早，襄樊市的工厂多。", "420600", "襄樊市")])
    func aRecordedFormerNameIsTheDivisionItBecame(_ text: String, code: String, name: String) {
        let place = recognizer.recognize(text).mentions.first { $0.type == .place }
        #expect(place?.division?.code == code && place?.name == name, "\(String(describing: place))")
    }

    /// The gazetteer file's F line gives a former name of the division above it.
    @Test func anFLineGivesAFormerName() {
        let gazetteer = Gazetteer(tsv: """
            P\t140000\t山西省\t山西
            C\t140400\t长治市\t长治
            D\t140404\t上党区\t上党
            F\t长治县
            T\t韩店街道\t
            """)
        let place = Recognizer(gazetteer: gazetteer).recognize("长治县的小米远销各地。").mentions.first
        #expect(place?.division?.code == "140404" && place?.name == "长治县", "\(String(describing: place))")
        #expect(gazetteer.divisions.map(\.name) == ["山西省", "长治市", "上党区", "韩店街道"])
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
        // A recorded former name of two characters with nothing to support it is a county's no more
        // than any two characters are (横县, now 横州市, of 纵横县域).
        "专家纵横县域经济，谈乡村产业。",
    ])
    func wordsAroundCountiesNameNone(_ text: String) {
        let places = recognizer.recognize(text).mentions.filter { $0.type == .place && $0.name != "临高县" }
        #expect(places.isEmpty, "found \(places.map(\.name))")
    }
}
