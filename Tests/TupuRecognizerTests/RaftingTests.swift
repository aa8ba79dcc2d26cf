import Testing
import TupuRecognizer

/// Names in news of river rafting: a rafting run named by the water it runs down (龙潭溪漂流) is a place,
/// and the river it names is one wherever written; 漂流 after anything else is the verb (前来漂流); many
/// kinds of an offer (多款…活动) are a class. Fresh sentences.
@Suite struct RaftingTests {
    @Test func aRunNamedByItsWaterIsAPlace() {
        let places = recognizer.recognize("游客来到龙潭溪漂流体验激流。").mentions.filter { $0.type == .place }.map(\.name)
        #expect(places == ["龙潭溪漂流"], "found \(places)")
    }

    @Test func theRiverARunNamesIsAPlaceWhereverWritten() {
        let places = recognizer.recognize("“白水河里漂一回”，白水河漂流迎来游客。").mentions.filter { $0.type == .place }.map(\.name)
        #expect(places.contains("白水河") && places.contains("白水河漂流"), "found \(places)")
    }

    @Test func raftingAsAVerbNamesNothing() {
        let mentions = recognizer.recognize("许多游客专程前来漂流。").mentions
        #expect(mentions.isEmpty, "found \(mentions.map(\.name))")
    }

    @Test func manyKindsOfAnOfferAreAClass() {
        let mentions = recognizer.recognize("景区推出多款消费优惠活动。").mentions
        #expect(!mentions.contains { $0.type == .programme }, "found \(mentions.map(\.name))")
    }
}
