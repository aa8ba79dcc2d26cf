import Testing
import TupuRecognizer

/// Names in news of river embankments: a river's section named by a village on it (龙泉河下灌村段)
/// names the river; a quotation governed as a drive (“一河两岸”治理) is the drive, though it ends in a
/// thing that elsewhere is built. Fresh sentences.
@Suite struct RiverSectionTests {
    @Test func aSectionNamedByAVillageNamesTheRiver() {
        let places = recognizer.recognize("宁远县湾井镇，龙泉河下灌村段正在清淤。").mentions.filter { $0.type == .place }.map(\.name)
        #expect(places.contains("龙泉河") && places.contains("下灌村"), "found \(places)")
    }

    @Test func aQuotationGovernedAsADriveIsTheDrive() {
        let mentions = recognizer.recognize("“一河两岸”治理成效明显。").mentions
        #expect(mentions.contains { $0.type == .programme && $0.name == "一河两岸" }, "found \(mentions.map(\.name))")
    }
}
