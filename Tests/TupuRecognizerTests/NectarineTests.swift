import Testing
import TupuRecognizer

/// Names in news of nectarines: a plan head before a particle of aspect (…规划|了) is the verb, and every
/// major one written after other words (…等地各大|超市) is a class. Fresh sentences.
@Suite struct NectarineTests {
    @Test func aPlanBeforeAnAspectParticleIsTheVerb() {
        let mentions = recognizer.recognize("柑寨镇规划了以柑柏村为中心的设施大棚油桃示范基地。").mentions
        #expect(!mentions.contains { $0.type == .programme }, "\(mentions.map(\.name))")
    }

    @Test func everyMajorOneAfterOtherWordsIsAClass() {
        let mentions = recognizer.recognize("宁远油桃已成为长沙、株洲等地各大超市的抢手货。").mentions
        #expect(!mentions.contains { $0.type == .institution }, "\(mentions.map(\.name))")
    }
}
