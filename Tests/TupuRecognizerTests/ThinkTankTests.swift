import Testing
import TupuRecognizer

/// Think tanks by name (舜源智库) in a feature's byline, and the kinds of them a report calls for
/// (中国特色新型智库, 高端智库), which name none. Fresh sentences.
@Suite struct ThinkTankTests {
    @Test func aThinkTankByName() {
        let names = recognizer.recognize("文、图丨李明(舜源智库研究员)").mentions.map(\.name)
        #expect(names.contains("舜源智库"), "found \(names)")
    }

    @Test func kindsOfThinkTanksNameNone() {
        let mentions = recognizer.recognize("加快建设中国特色新型智库,培育高端智库。").mentions
        #expect(!mentions.contains { $0.type == .institution }, "found \(mentions.map(\.name))")
    }
}
