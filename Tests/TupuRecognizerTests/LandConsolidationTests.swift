import Testing
import TupuRecognizer

/// Names in news of land consolidation: a township's or village's one project under a quoted programme
/// (下灌村“旱改水”项目) is named by the place and the quotation, while a county's projects under it
/// (宁远县“四个十大”项目) leave the programme named; works of land consolidation and farm works by their
/// use (土地整治项目, 灌溉设施及田间道路等工程) are kinds. Fresh sentences.
@Suite struct LandConsolidationTests {
    @Test func aVillagesProjectUnderAQuotedProgrammeIsNamed() {
        let mentions = recognizer.recognize("检查组察看了湾井镇下灌村“旱改水”项目。").mentions
        #expect(mentions.contains { $0.type == .project && $0.name == "湾井镇下灌村旱改水项目" }, "found \(mentions.map(\.name))")
    }

    @Test func aCountysProjectsUnderAQuotedProgrammeLeaveItNamed() {
        let mentions = recognizer.recognize("宁远县“四个十大”项目开工。").mentions
        #expect(mentions.contains { $0.type == .programme && $0.name == "四个十大" }, "found \(mentions.map(\.name))")
        #expect(!mentions.contains { $0.type == .project }, "found \(mentions.map(\.name))")
    }

    @Test func worksOfLandConsolidationAndFarmWorksByUseAreKinds() {
        for text in ["加快土地整治项目建设。", "现场对土地平整、灌溉设施及田间道路等工程建设进行核实。"] {
            let mentions = recognizer.recognize(text).mentions
            #expect(!mentions.contains { $0.type == .project }, "\(text): found \(mentions.map(\.name))")
        }
    }
}
