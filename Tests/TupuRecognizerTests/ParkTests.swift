import Testing
import TupuRecognizer

/// Names in news of parks, greenways and back streets: roads counted as a class, a river named by its
/// park, plans cited by title before their kind, and the kinds of parks, classes of departments and
/// objects of verbs of going that name nothing. Fresh sentences.
@Suite struct ParkTests {
    static let cases: [MarkedSentence] = [
        // Roads listed before a count and a class of roads (等5条道路, 等9条背街小巷).
        MarkedSentence("[Place:宁远县]改造[Place:舜德路]、[Place:冷水路]等5条道路。"),
        // A river that begins a park's name is a place where the text writes it on its own.
        MarkedSentence("[Place:宁远县泠江湿地公园]位于[Place:泠江]左岸。"),
        // A plan cited by its title and then by generic words of plans is the titled plan.
        MarkedSentence("[Place:宁远县]按照[Programme:宁远县公园城市建设方案|《宁远县公园城市建设方案》]总体规划推进。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Kinds of parks (体育公园, 城市湿地公园, 口袋公园), a sports ground's area, departments of two levels
    /// (省市林草局), the object of a verb of going (走进公园, 融入公园) and work under guidance name nothing.
    @Test func kindsOfParksAndClassesNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县游客走进公园,群众心声融入公园建设。建成2个体育公园,城市湿地公园和口袋公园各1个,"
            + "人均体育场地面积2平方米。省市林草局专家来调研,绿道在省林草局指导下创建。")
        #expect(names == ["省林草局"], "found \(names)")
    }
}
