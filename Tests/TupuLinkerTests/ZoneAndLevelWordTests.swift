import Testing
import TupuLinker
import TupuRecognizer

private let recognizer = Recognizer()
private let linker = Linker()

private func institutions(in text: String) -> [String] {
    linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .institution }.map(\.name)
}

/// A township's name before a bare body of its own level (湾井镇|镇党委) names the body once; 村镇 (villages
/// and towns) begins no village's body; a zone's body named again with the zone's short name (常山开发区消防站,
/// 常山消防站) is one; so is a bureau of emergency management and its short name (应急局); a bare township body
/// takes the township written before it though the data leaves that township ambiguous (东山镇…镇中心小学); 县衙 is a
/// noun, no bare level word, so a yamen's works keep their name (县衙停车场…工程).
@Suite struct ZoneAndLevelWordTests {
    @Test func aRepeatedLevelWordIsWrittenOnce() {
        let names = institutions(in: "宁远县湾井镇召开会议。湾井镇镇党委高度重视。")
        #expect(names.contains("湾井镇党委") && !names.contains("湾井镇镇党委"), "found \(names)")
    }

    @Test func villagesAndTownsBeginNoVillagesBody() {
        let names = institutions(in: "宁远县湾井镇下灌村建成公墓。镇国土所、村镇建设服务中心等部门配合。")
        #expect(names.contains("村镇建设服务中心"), "found \(names)")
    }

    @Test func aZonesBodyWithTheZonesShortNameIsOne() {
        let names = institutions(in: "宁远开发区消防站落成。宁远消防站占地20亩。")
        #expect(names.filter { $0.hasSuffix("消防站") }.count == 1, "found \(names)")
    }

    @Test func anEmergencyBureauAndItsShortNameAreOne() {
        let names = institutions(in: "宁远县应急管理局举行仪式。编辑:宁远县应急局")
        #expect(names == ["宁远县应急管理局"], "found \(names)")
    }

    @Test func aBareTownshipBodyTakesAnUnlistedTownshipBeforeIt() {
        let names = institutions(in: "东山镇按照要求调整布局，六年级集中到镇中心小学就读。东山镇中心小学已建成投用。")
        #expect(names == ["东山镇中心小学"], "found \(names)")
    }

    @Test func aYamensWorksKeepTheirNoun() {
        let names = linker.link(recognizer.recognize("宁远县召开推进会。县衙停车场改造及游客服务中心工程开工。"), name: "t.txt")
            .entities.filter { $0.type == .project }.map(\.name)
        #expect(names.contains("县衙停车场改造及游客服务中心工程"), "found \(names)")
    }
}
