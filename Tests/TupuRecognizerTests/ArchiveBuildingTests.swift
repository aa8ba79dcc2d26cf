import Testing
import TupuRecognizer

/// Names in news of archives' new buildings: a quoted drive set as a target (“档案资料征收年”目标任务) is a
/// programme; a works' role before a company (项目监理单位|永州昌信建设工程公司) is no part of its name. Fresh
/// sentences.
@Suite struct ArchiveBuildingTests {
    @Test func aQuotedDriveSetAsATargetIsAProgramme() {
        let mentions = recognizer.recognize("宁远县档案馆提出“档案资料征收年”目标任务。").mentions
        #expect(mentions.contains { $0.type == .programme && $0.name == "档案资料征收年" }, "found \(mentions.map(\.name))")
    }

    @Test func aRoleBeforeACompanyIsNoPartOfItsName() {
        let mentions = recognizer.recognize("项目承建单位湖南舜源建设有限公司和项目监理单位永州昌信建设工程公司代表发言。").mentions
        for name in ["湖南舜源建设有限公司", "永州昌信建设工程公司"] {
            #expect(mentions.contains { $0.type == .institution && $0.name == name }, "\(name): found \(mentions.map(\.name))")
        }
    }
}
