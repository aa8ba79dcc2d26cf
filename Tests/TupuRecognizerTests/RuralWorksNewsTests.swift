import Testing
import TupuRecognizer

/// One shared recognizer: building its automata takes a moment.
private let recognizer = Recognizer()

/// Names in news of urban renewal, farmland, solar power, rural tourism and village sanitation:
/// counties confirmed by their townships, ethnic townships and villages by their plain names,
/// new villages, lists typed by their class. Fresh sentences, one rule each.
@Suite struct RuralWorksNewsTests {
    static let cases: [MarkedSentence] = [
        // A two-character county is the article's when two of its townships are named in full.
        MarkedSentence("[Place:范县]推进村道硬化，[Place:濮城镇]、[Place:白衣阁乡]率先完成。"),
        // An ethnic township by its plain name; a village without 村 in a list of township and village pairs.
        MarkedSentence("[Place:宁远县][Place:九疑山乡]、[Place:湾井镇][Place:东江]、[Place:禾亭镇][Place:大邦]等村完成改厕。"),
        // A new village is named apart from its township.
        MarkedSentence("[Place:宁远县][Place:仁和镇][Place:舜安新村]建成投用。"),
    ]

    /// An ethnic township and a village written without 村 are linked to their divisions' full names.
    @Test func plainNamesAreTheDivisionsOfTheGazetteer() {
        let mentions = recognizer.recognize("宁远县九疑山乡、湾井镇东江、禾亭镇大邦等村完成改厕。").mentions
        #expect(Set(mentions.compactMap { $0.division?.name }) == ["宁远县", "九疑山瑶族乡", "湾井镇", "东江村", "禾亭镇", "大邦村"])
    }

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        let result = recognizer.missing(sentence)
        #expect(result.missing.isEmpty, "missing \(result.missing), found \(result.found)")
    }

    /// A two-character county named alone is no place; a village name before a shared head (…片区) is the area's.
    @Test func unconfirmedCountiesAndAreasAreNoVillages() {
        #expect(recognizer.recognize("范县推进村道硬化。").mentions.isEmpty)
        let names = recognizer.namesBesidesTheCounty(in: "宁远县湾井镇东江、下灌片区建成高标准农田。")
        #expect(!names.contains("东江村"), "found \(names)")
    }
}
