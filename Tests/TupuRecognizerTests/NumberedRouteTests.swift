import Testing
import TupuRecognizer

/// Names in news of blueberries: roads numbered in the national system and written with 线 (省道238线,
/// G318线), and a numbered way of working in quotation marks (“四统工作法”). Fresh sentences.
@Suite struct NumberedRouteTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("蓝莓园紧挨[Place:国道318线]，游客开车就到。"),
        MarkedSentence("基地位于[Place:X027线]旁，交通方便。"),
        MarkedSentence("该村采取“[Programme:四统工作法]”整合果园土地。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Letters and digits inside a longer code (ABS238线) or a count of lines are no road.
    @Test(arguments: ["型号为ABS238线的电缆。", "新建3条线，投资200万元。"])
    func codesAreNoRoads(_ text: String) {
        let places = recognizer.recognize(text).mentions.filter { $0.type == .place }
        #expect(places.isEmpty, "found \(places.map(\.name))")
    }
}
