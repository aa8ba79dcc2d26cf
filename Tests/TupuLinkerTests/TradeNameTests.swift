import Testing
import TupuLinker
import TupuRecognizer

private let recognizer = Recognizer()
private let linker = Linker()

/// A company named again by its trade name and 公司 (湖南康源实业有限公司, then 康源公司) is one
/// institution, unless two companies begin so.
@Suite struct TradeNameTests {
    @Test func aCompanyNamedAgainByItsTradeNameIsOneBody() {
        let text = "宁远县引进湖南康源实业有限公司建设加工厂。康源公司负责人说，工厂年底投产。"
        let found = linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .institution }
        #expect(found.map(\.name) == ["湖南康源实业有限公司"], "\(found.map(\.name))")
        #expect(found.first?.aliases.contains("康源公司") == true, "\(found.first?.aliases ?? [])")
    }

    @Test func aTradeNameTwoCompaniesBeginWithStaysApart() {
        let text = "宁远县引进康源实业有限公司和康源农业发展有限公司。康源公司负责人说，工厂年底投产。"
        let found = linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .institution }
        #expect(found.contains { $0.name == "康源公司" }, "\(found.map(\.name))")
    }
}

/// A works written with its capacity and again without it (宁远县20万头生猪产业一体化项目, then
/// 生猪产业一体化项目) is one project.
@Suite struct WorksCapacityTests {
    @Test func aWorksWithAndWithoutItsCapacityIsOneProject() {
        let text = "宁远县20万头生猪产业一体化项目开工。20万头生猪产业一体化项目是宁远县重大项目。"
        let found = linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .project }
        #expect(found.count == 1, "\(found.map(\.name))")
    }
}

/// A works written after its township and again after the township's short form (湾井镇污水处理厂,
/// 湾井污水处理厂) is one project.
@Suite struct TownshipShortFormWorksTests {
    @Test func aWorksAfterATownshipAndItsShortFormIsOneProject() {
        let text = "湾井城东污水处理厂竣工\n宁远县湾井镇城东污水处理厂日处理污水5000吨。"
        let found = linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .project }
        #expect(found.count == 1, "\(found.map(\.name))")
    }
}

/// An outlet credited with its news client (经济日报新闻客户端) is the outlet its reporter writes for.
@Suite struct NewsClientTests {
    @Test func anOutletAndItsNewsClientAreOneBody() {
        let text = "宁远县蓝莓成熟。(湘南日报记者刘成 摄影报道)\n来源:湘南日报新闻客户端"
        let found = linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .institution }
        #expect(found.count == 1 && Set([found[0].name] + found[0].aliases) == ["湘南日报", "湘南日报新闻客户端"], "\(found.map(\.name))")
    }
}
