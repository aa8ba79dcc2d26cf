import Testing
import TupuRecognizer

/// Names in news of natural gas brought to villages: villages listed by their short forms before their
/// count, one spelled otherwise than the data; and a village written after its community. Fresh sentences.
@Suite struct GasToVillagesTests {
    @Test func aListedVillageTheDataSpellsOtherwiseIsAVillage() {
        let names = recognizer.recognize("据统计,宁远县湾井镇有下灌、朵山、柏枧坳、路亭等10个村用上了天然气。").mentions.map { $0.division?.name ?? $0.name }
        for village in ["下灌村", "朵山村", "柏枧坳村", "路亭村"] {
            #expect(names.contains(village), "found \(names)")
        }
    }

    @Test func listedWordsWithOneVillageAreNoVillages() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县湾井镇有下灌、柏枧坳、茶亭等3个村用上了天然气。")
        #expect(!names.contains("柏枧坳村") && !names.contains("茶亭村"), "found \(names)")
    }

    @Test func aVillageAfterItsCommunityIsNamedApart() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县舜陵街道东大街社区长义新村、湾井镇下灌村等村陆续通气。")
        #expect(names.contains("东大街社区") && names.contains("长义新村"), "found \(names)")
    }
}
