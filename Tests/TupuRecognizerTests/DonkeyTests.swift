import Testing
import TupuRecognizer

/// Names in news of donkey farming: a hamlet or village of two or three characters listed right before
/// a village (与李家庄、下灌村携手) is a village too, though no common word (休闲农庄). Fresh sentences.
@Suite struct DonkeyTests {
    @Test func aHamletListedBeforeAVillageIsAPlace() {
        let names = recognizer.recognize("宁远县湾井镇决定与李家庄、下灌村携手发展养驴产业。").mentions.filter { $0.type == .place }.map(\.name)
        #expect(names.contains("李家庄"), "\(names)")
    }

    @Test func aCommonWordBeforeAVillageIsNoPlace() {
        let names = recognizer.recognize("宁远县湾井镇发展休闲农庄、下灌村种植基地。").mentions.map(\.name)
        #expect(!names.contains { $0.hasSuffix("农庄") }, "\(names)")
    }
}
