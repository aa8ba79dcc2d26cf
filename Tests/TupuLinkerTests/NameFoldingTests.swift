import Testing
import TupuLinker
import TupuRecognizer

private let recognizer = Recognizer()
private let linker = Linker()

private func entities(in text: String) -> [Entity] {
    linker.link(recognizer.recognize(text), name: "t.txt").entities
}

/// One entity whether or not its name's parts are written with a dot between them, and no
/// sub-district's name put before a body whose name merely begins with 道.
@Suite struct NameFoldingTests {
    @Test func aNameWithAndWithoutItsDotIsOneProgramme() {
        let found = entities(in: "宁远县开展“九嶷爱心·助学再行动”。此前“九嶷爱心助学再行动”已开展两届。").filter { $0.type == .programme }
        #expect(found.map(\.name) == ["九嶷爱心·助学再行动"], "\(found.map(\.name))")
    }

    @Test func aSubDistrictLendsNoNameToABodyBeginningWith道() {
        let found = entities(in: "宁远县为道镇九年制学校、舜陵街道办东瓜井村颁牌。").filter { $0.type == .institution }
        #expect(found.map(\.name) == ["道镇九年制学校"], "\(found.map(\.name))")
    }
}

extension NameFoldingTests {
    @Test func aCountyWrittenUnderItsNewLevelIsNamedSoThroughout() {
        let places = entities(in: "青海省西宁市湟中区开通5G基站，湟源县、湟中区共建成26个基站。").filter { $0.type == .place }.map(\.name)
        #expect(places.contains("湟中区") && !places.contains("湟中县"), "\(places)")
    }
}

extension NameFoldingTests {
    /// A programme written without and with the part of the country it covers (人居环境整治, then
    /// 农村人居环境整治) is one programme under the fuller name, whichever comes first.
    @Test func aProgrammeWithAndWithoutItsScopeIsOne() {
        let programmes = entities(in: "湾井镇：扎实推进人居环境整治。全镇持续推进农村人居环境整治。").filter { $0.type == .programme }.map(\.name)
        #expect(programmes == ["农村人居环境整治"], "\(programmes)")
    }
}

extension NameFoldingTests {
    /// A works written with its county's full name and with its short name (宁远县香芋产业园项目,
    /// 宁远香芋产业园项目) is one works under the fuller name.
    @Test func aWorksWithItsCountysFullAndShortNameIsOne() {
        let projects = entities(in: "宁远香芋产业园项目已完工五成。位于工业园内的宁远县香芋产业园项目预计年底投产。")
            .filter { $0.type == .project }.map(\.name)
        #expect(projects == ["宁远县香芋产业园项目"], "\(projects)")
    }
}

extension NameFoldingTests {
    /// A body written with the term it is in (湾井镇新一届政府) is the body (湾井镇政府).
    @Test func aBodyWithItsTermIsOneBody() {
        let bodies = entities(in: "会议审议通过了《湾井镇政府工作报告》，湾井镇新一届政府领导班子要加强学习。")
            .filter { $0.type == .institution }.map(\.name)
        #expect(bodies == ["湾井镇政府"], "\(bodies)")
    }
}

extension NameFoldingTests {
    @Test func aWorksWithAndWithoutTheBracketInItsNameIsOne() {
        let found = entities(in: "宁远县委党校(行校、社校)新校区建设工程在湾井镇开工。县委党校新校区建设工程总投资2亿元。").filter { $0.type == .project }
        #expect(found.map(\.name) == ["宁远县委党校(行校、社校)新校区建设工程"], "\(found.map(\.name))")
    }

    @Test func thePartyCentreIsOneBodyUnderEitherName() {
        let found = entities(in: "中共中央、国务院印发意见。宁远县坚决贯彻党中央决策部署。").filter { $0.type == .institution }
        #expect(found.map(\.name).sorted() == ["中共中央", "国务院"], "\(found.map(\.name))")
    }
}

extension NameFoldingTests {
    /// The plan a notice of another body issues (《关于印发“…”创建实施方案的通知》) is cited by its title,
    /// and stays apart from the document's own plan of that name.
    @Test func aPlanIssuedByANoticeStaysApartFromTheDocumentsOwn() {
        let programmes = entities(in: "宁远县妇联印发《宁远县“美丽庭院”创建实施方案》。根据市妇联《关于印发“美丽庭院”创建实施方案的通知》精神制定。")
            .filter { $0.type == .programme }.map(\.name)
        #expect(programmes.sorted() == ["宁远县美丽庭院创建实施方案", "美丽庭院创建实施方案"], "\(programmes)")
    }
}

extension NameFoldingTests {
    /// A township the data names without its nationalities (湾井镇) and the text writes with them is one
    /// place under the text's fuller name, linked to its county.
    @Test func anEthnicTownshipWrittenInFullIsNamedSo() {
        let linked = linker.link(recognizer.recognize("宁远县湾井瑶族镇下灌村入选名录。湾井镇将加强保护。"), name: "t.txt")
        let places = linked.entities.filter { $0.type == .place }.map(\.name)
        #expect(places.contains("湾井瑶族镇") && !places.contains("湾井镇"), "\(places)")
    }
}

extension NameFoldingTests {
    /// A works named by two places joined by a dash and by their first characters (道县—江永产业飞地, 道江产业飞地) is one.
    @Test func aWorksOfTwoPlacesAndItsShortNameAreOne() {
        let works = entities(in: "道县—江永产业飞地建成投产。目前道江产业飞地已入驻企业10家。").filter { $0.type == .project }.map(\.name)
        #expect(works == ["道县—江永产业飞地"], "\(works)")
    }

    @Test func aWorksAfterItsProvinceAndAfterItsCountyIsOne() {
        let works = entities(in: "湖南舜源酒业白酒酿造基地项目有序推进。走进宁远县舜源酒业白酒酿造基地项目现场，工人正在施工。")
            .filter { $0.type == .project }.map(\.name)
        #expect(works == ["湖南舜源酒业白酒酿造基地项目"], "\(works)")
        let plants = entities(in: "宁远县舜源酒业白酒酿造基地项目和道县舜源酒业白酒酿造基地项目同时开工。")
            .filter { $0.type == .project }.map(\.name)
        #expect(plants.count == 2, "\(plants)")
    }

    @Test func aWorksWithItsCitysNameAndHeadAndWithItsShortNameAloneIsOne() {
        let works = entities(in: "永州市舜源数字产业园项目开工。永州舜源数字产业园位于城南。").filter { $0.type == .project }.map(\.name)
        #expect(works.count == 1, "\(works)")
    }

    @Test func aSiteWithAndWithout国际IsOne() {
        let sites = entities(in: "永州舜源国际机场建成。舜源机场年内通航。").filter { $0.type == .place && $0.division == nil }.map(\.name)
        #expect(sites == ["永州舜源国际机场"], "\(sites)")
    }

    @Test func aZoneWithItsAbbreviationIsOne() {
        let zones = entities(in: "宁远县经开区新增停车场。宁远县经济开发区位于城南。").filter { $0.type == .place && $0.division == nil }.map(\.name)
        #expect(zones == ["宁远县经济开发区"], "\(zones)")
    }

    @Test func aProgrammeWithItsPlaceAndWithItsTailIsOne() {
        let programmes = entities(in: "宁远县便民停车行动开展以来,便民停车行动计划逐项落实。").filter { $0.type == .programme }.map(\.name)
        #expect(programmes == ["宁远县便民停车行动"], "\(programmes)")
    }

    @Test func aWorksWithItsCountyAndAgainWith建设IsOne() {
        let works = entities(in: "宁远县举行人民医院新院建设项目动工仪式。宁远县人民医院新院项目总投资11亿元。").filter { $0.type == .project }.map(\.name)
        #expect(works == ["宁远县人民医院新院项目"], "\(works)")
    }

    /// Two forms of one works that claim each other as short forms (舜皇山…建设项目, 舜皇山…项目) fold into one
    /// without going round in a circle.
    @Test func namesClaimingEachOtherFoldOnce() {
        let works = entities(in: "舜皇山游客服务中心建设项目稳步推进。记者在舜皇山游客服务中心项目施工现场看到,项目位于舜皇山景区主入口。")
            .filter { $0.type == .project }.map(\.name)
        #expect(works.count == 1, "\(works)")
    }

    /// A county-level city the text never names, known only by its township and village (大冶市 by 陈贵镇上罗村),
    /// leaves a bare 市 body to the prefecture the text names (黄石市).
    @Test func aBareCityBodyIsTheNamedPrefecturesWhereItsCityIsUnnamed() {
        let bodies = entities(in: "黄石市残疾人托养中心项目选址位于陈贵镇上罗村以东,市残联负责建设。").filter { $0.type == .institution }.map(\.name)
        #expect(bodies == ["黄石市残联"], "\(bodies)")
    }
}

extension NameFoldingTests {
    /// A village listed by its bare name before the count of its kind (下灌、东江等2个社区) and written in
    /// full elsewhere (下灌社区) is one place, named in full.
    @Test func aVillageListedBareAndWrittenInFullIsOne() {
        let places = entities(in: "宁远县湾井镇下灌社区开展评比。下灌、东江等2个社区完成改造。").filter { $0.type == .place }.map(\.name)
        #expect(places.contains("下灌社区") && !places.contains("下灌"), "\(places)")
    }
}

extension NameFoldingTests {
    /// A programme written in full and with the abbreviations reports use (中央生态环境保护督察, 中央环保督察)
    /// is one programme under the full name.
    @Test func aProgrammeWithAndWithoutItsAbbreviationIsOne() {
        let programmes = entities(in: "宁远县落实中央生态环境保护督察整改。中央环保督察交办件全部办结。").filter { $0.type == .programme }.map(\.name)
        #expect(programmes == ["中央生态环境保护督察"], "\(programmes)")
    }
}

extension NameFoldingTests {
    /// A residential compound written with and without 小区 (东风苑小区, 东风苑) is one place.
    @Test func aCompoundWithAndWithout小区IsOne() {
        let compounds = entities(in: "宁远县东风苑小区2个电梯增设工程正在施工。今年涉及东风苑、西湖花园 金桥小区、锦绣苑 中央城等5个小区。").filter { $0.type == .place && $0.name.contains("东风苑") }
        #expect(compounds.count == 1 && compounds[0].mentions.count == 2, "\(compounds.map { ($0.name, $0.mentions.count) })")
    }
}
