import Testing
import TupuRecognizer

/// Names in news of brown sugar: a body's head of two characters whose first ends a verb begun before
/// it (加|工坊 of 加工坊) is no head, while one after a whole word is (帮扶|工坊); a good project (致富好项目)
/// praises a kind of works. Fresh sentences.
@Suite struct BrownSugarTests {
    @Test func aHeadCutFromAVerbIsNoHead() {
        let mentions = recognizer.recognize("这些糖蔗将被送到附近的加工坊熬制成红糖。").mentions
        #expect(!mentions.contains { $0.type == .institution }, "\(mentions.map(\.name))")
    }

    @Test func aHeadAfterAWholeWordStays() {
        let mentions = recognizer.recognize("宁远县舜源帮扶工坊建成投用。").mentions
        #expect(mentions.contains { $0.type == .institution && $0.name.hasSuffix("帮扶工坊") }, "\(mentions.map(\.name))")
    }

    @Test func aGoodProjectIsNoName() {
        let mentions = recognizer.recognize("古法熬制红糖成宁远县农民致富好项目").mentions
        #expect(!mentions.contains { $0.type == .project }, "\(mentions.map(\.name))")
    }
}
