import Testing
import TupuRecognizer

/// Names in news of hydropower stations: a river written right after a county in full (宁远县九嶷河)
/// or after 境内 is the river alone; what is expected (预计年底) begins no name; a station ranked by size
/// (第二大水电站), described by its type (河床式水电站) or joined to another kind by 和 (厂房和变电站)
/// is a kind. Fresh sentences.
@Suite struct HydropowerStationTests {
    @Test func aRiverAfterACountyWrittenInFullIsTheRiverAlone() {
        let names = recognizer.namesBesidesTheCounty(in: "电站位于宁远县九嶷河流域,坝址在宁远县泠江河畔。")
        #expect(names.contains("九嶷河"), "found \(names)")
        #expect(names.contains("泠江河"), "found \(names)")
        #expect(!names.contains { $0.hasPrefix("县") }, "found \(names)")
    }

    @Test func aRiverAfterJingneiIsTheRiverAlone() {
        let names = recognizer.namesBesidesTheCounty(in: "该电站位于湾井镇境内舜溪河上。")
        #expect(names.contains("舜溪河"), "found \(names)")
        #expect(!names.contains("境内舜溪河"), "found \(names)")
    }

    @Test func whatIsExpectedBeginsNoName() {
        let names = recognizer.namesBesidesTheCounty(in: "预计年底拦河坝工程可完成浇筑,预期明年首台机组发电。")
        #expect(names.isEmpty, "found \(names)")
    }

    @Test func stationsRankedDescribedOrJoinedByHeAreKinds() {
        let names = recognizer.namesBesidesTheCounty(in: "该站为全市第三大水电站,属引水式径流电站,主要建筑物由拦河闸、厂房和变电站组成。")
        #expect(names.isEmpty, "found \(names)")
    }
}
