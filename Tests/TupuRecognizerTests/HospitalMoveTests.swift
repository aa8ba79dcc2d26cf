import Testing
import TupuRecognizer

/// Names in news of county hospitals moved to new sites: 宣布 ends what stands before it; a hospital's new
/// campus joined by 暨 to another works is one works (县人民医院新院暨120指挥中心项目); 和 right after a body's
/// head begins no name (县人民医院和中医院); a planned area (规划区) is no plan; works of medical
/// institutions in general name nothing. Fresh sentences.
@Suite struct HospitalMoveTests {
    @Test func aVerbOfAnnouncingEndsWhatStandsBefore() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县县长李明宣布中医院新院项目正式动工。")
        #expect(!names.contains { $0.contains("宣布") }, "\(names)")
    }

    @Test func aNewCampusJoinedByJiIsOneWorks() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]举行仪式,[Project:县人民医院新院暨120指挥中心项目]正式动工。"))
    }

    @Test func heJoiningTwoBodiesBeginsNoName() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县将解决县人民医院和中医院病房少的问题。")
        #expect(!names.contains("和中医院"), "\(names)")
    }

    @Test func aPlannedAreaIsNoPlan() {
        let found = recognizer.recognize("项目坐落于宁远县湾井镇舜源高新区规划区。").mentions
        #expect(!found.contains { $0.type == .programme }, "\(found.map(\.name))")
    }

    @Test func worksOfMedicalInstitutionsNameNothing() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县积极推进医疗机构项目建设。")
    }
}
