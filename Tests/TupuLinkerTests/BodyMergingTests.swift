import Testing
import TupuLinker
import TupuRecognizer

private let recognizer = Recognizer()
private let linker = Linker()

private func institutions(in text: String) -> [Entity] {
    linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .institution }
}

/// One body however the text writes it: with a common abbreviation or the county's short name,
/// and a bare township body as the township the paragraph has just named.
@Suite struct BodyMergingTests {
    /// 职教 for 职业教育, 卫健 for 卫生健康: the abbreviated form is an alias of the full one.
    @Test func abbreviatedBodiesAreAliases() {
        let names = institutions(in: "宁远县成立宁远职业教育集团。县领导为宁远职教集团揭牌，宁远县卫生健康局和宁远县卫健局参加。").map(\.name)
        #expect(names.filter { $0.contains("集团") } == ["宁远职业教育集团"], "\(names)")
        #expect(names.filter { $0.contains("卫") } == ["宁远县卫生健康局"], "\(names)")
    }

    /// 文旅局 is the short form of every merged department of culture and tourism (文体和旅游局, 文化广电旅游体育局).
    @Test func mergedCultureDepartmentsTakeTheirShortForm() {
        let names = institutions(in: "宁远县文体和旅游局发布公示。来源：宁远县文旅局。").map(\.name)
        #expect(names == ["宁远县文体和旅游局"], "\(names)")
        let merged = institutions(in: "宁远县文化广电旅游体育局组织普查。宁远县文旅局负责核实。").map(\.name)
        #expect(merged == ["宁远县文化广电旅游体育局"], "\(merged)")
    }

    /// A department written with and without the 和 that joins its topics is one body.
    @Test func departmentsWithAndWithoutTheirAndAreOneBody() {
        let names = institutions(in: "宁远县住房和城乡建设局召开会议。宁远县住房城乡建设局负责落实。").map(\.name)
        #expect(names == ["宁远县住房和城乡建设局"], "\(names)")
    }

    /// A bracket holding only another name of the same body (…展览馆（…纪念馆）) gives an alias.
    @Test func aBracketedOtherNameIsAnAlias() {
        let names = institutions(in: "宁远县湘南红色教育展览馆（欧阳海纪念馆）开馆。").map(\.name)
        #expect(names == ["宁远县湘南红色教育展览馆"], "\(names)")
    }

    /// 央视 is the short name of 中央电视台: written both ways in one text, it is one institution.
    @Test func theBroadcastersShortNameIsAnAlias() {
        let names = institutions(in: "中央电视台记者来宁远县拍摄,央视播出专题片。").map(\.name)
        #expect(names == ["中央电视台"], "\(names)")
    }

    /// An autonomous county's body written with the county's short form and 县 (江华县教育局) is named
    /// with the county's full name, as its bare body is: one body.
    @Test func anAutonomousCountysBodyTakesTheFullName() {
        let names = institutions(in: "江华瑶族自治县召开教育大会。江华县教育局局长讲话,县教育局将新建学校3所。").map(\.name)
        #expect(names == ["江华瑶族自治县教育局"], "\(names)")
    }

    /// A station written after its bureau (宁远县公安局舜陵派出所) is named again by itself (舜陵派出所).
    @Test func aUnitAfterItsBureauIsNamedAgainByItself() {
        let names = institutions(in: "宁远县公安局舜陵派出所开展宣传。舜陵派出所民警走进社区。").map(\.name)
        #expect(names == ["宁远县公安局舜陵派出所"], "\(names)")
    }

    /// A school renamed (A更名为B) is one institution under its new name, its former names as aliases.
    @Test func aRenamedSchoolIsOneInstitution() {
        let schools = institutions(in: "《关于宁远县舜陵街道中学更名的通知》印发。舜陵街道中学更名为宁远县第三实验中学。")
        #expect(schools.map(\.name) == ["宁远县第三实验中学"], "\(schools.map(\.name))")
        let aliases = Set(schools.first?.aliases ?? [])
        #expect(aliases.isSuperset(of: ["宁远县舜陵街道中学", "舜陵街道中学"]), "\(aliases)")
    }

    /// A document that names no county names its hospital bare, 县人民医院 and 县医院 alike: one institution.
    @Test func aBareCountyHospitalIsOneInstitution() {
        let names = institutions(in: "县人民医院东区已建成。县人民医院实行搬迁。副县长视察县医院搬迁工作。").map(\.name)
        #expect(names == ["县人民医院"], "\(names)")
    }

    /// 宁远图书馆 is 宁远县图书馆 in an article about 宁远县.
    @Test func theCountysShortNameNamesItsBodies() {
        let libraries = institutions(in: "宁远县图书馆开展阅读活动。宁远县委宣传部指导，宁远图书馆组织志愿者。").filter { $0.name.contains("图书馆") }
        #expect(libraries.map(\.name) == ["宁远县图书馆"])
        #expect(libraries.first?.aliases.contains("宁远图书馆") == true)
    }

    /// A bare 镇党委 after another township in the same paragraph is that township's.
    @Test func aBareTownshipBodyIsTheTownshipJustNamed() {
        let names = Set(institutions(in: "宁远县湾井镇下灌村第一书记带队前往冷水镇观摩，镇党委书记介绍经验。").map(\.name))
        #expect(names.contains("冷水镇党委"), "\(names)")
        #expect(!names.contains("湾井镇党委"), "\(names)")
    }

    /// A people's court written short (县法院) is the court, and a tribunal written after its court is named
    /// again by itself.
    @Test func aCourtWithAndWithoutItsPeopleIsOneBody() {
        let names = institutions(in: "宁远县人民法院湾井法庭揭牌。宁远县人民法院院长讲话,县法院将派法官到湾井法庭。").map(\.name)
        #expect(names == ["宁远县人民法院湾井法庭", "宁远县人民法院"], "\(names)")
    }

    /// A community whose name begins with 镇 (镇河居委会 of 龙海镇's 镇河村) is no bare township body.
    @Test func aCommunityBeginningWithTheLevelWordKeepsItsName() {
        let names = institutions(in: "彝良县龙海镇党委和镇河居委会签订责任书。").map(\.name)
        #expect(!names.contains("龙海镇河居委会"), "\(names)")
    }

    /// A county's media centre written with the county's short name and without 中心 (宁远融媒体) is the centre.
    @Test func aMediaCentreWrittenShortIsOneBody() {
        let names = institutions(in: "宁远县融媒体中心记者报道。\n宁远融媒体讯(记者 李明)宁远县举行大会。").map(\.name)
        #expect(names == ["宁远县融媒体中心"], "\(names)")
    }

    /// An outlet named with and without its channel (九嶷融媒APP, 九嶷融媒) is one institution.
    @Test func anOutletWithAndWithoutItsChannelIsOne() {
        let names = institutions(in: "来源:九嶷融媒APP\n九嶷融媒1月10日讯(通讯员 李明)宁远县开展活动。").map(\.name)
        #expect(names == ["九嶷融媒APP"], "\(names)")
    }

    /// A body of the prefecture written with and without the level word of its city (永州市绿源生态农场,
    /// then “永州绿源生态农场”) is one body under the fuller name.
    @Test func aPrefecturesBodyWrittenShortIsOneBody() {
        let names = institutions(in: "宁远县湾井镇与永州市绿源生态农场签订协议,依托“永州绿源生态农场”的资源优势。").map(\.name)
        #expect(names.filter { $0.contains("农场") } == ["永州市绿源生态农场"], "\(names)")
    }

    /// A numbered school written in full and by its common short name (宁远县第一中学, 宁远一中) is one school.
    @Test func aNumberedSchoolAndItsShortNameAreOne() {
        let names = institutions(in: "宁远县第一中学新校区揭牌。宁远县召开会议，要求宁远一中加强管理。").map(\.name)
        #expect(names.filter { $0.hasSuffix("中") || $0.hasSuffix("中学") } == ["宁远县第一中学"], "\(names)")
    }
}

extension BodyMergingTests {
    /// 红网时刻 is the news channel of 红网: a dateline under the one and a credit under the other name one outlet.
    @Test func anOutletAndItsNewsChannelAreOne() {
        let names = institutions(in: "红网时刻新闻永州5月8日讯 宁远县举办研学活动。来源：红网").map(\.name)
        #expect(names.count == 1, "\(names)")
    }
}

extension BodyMergingTests {
    /// An artists' association and its short name (宁远县书法家协会, 宁远县书协) are one body.
    @Test func anAssociationAndItsShortNameAreOne() {
        let names = institutions(in: "宁远县书法家协会召开第三次会员代表大会。来源：宁远县书协").map(\.name)
        #expect(names == ["宁远县书法家协会"], "\(names)")
    }
}

extension BodyMergingTests {
    /// A body whose name begins with the word 乡村 is no bare township body: it takes no township's name.
    @Test func aBodyBeginningWith乡村TakesNoTownship() {
        let names = institutions(in: "工作队进驻宁远县五龙山瑶族乡开展工作。随后召开了乡村振兴工作队进驻会。").map(\.name)
        #expect(!names.contains { $0.hasPrefix("五龙山") }, "\(names)")
    }
}

extension BodyMergingTests {
    /// A news site and one of its provincial channels (人民网, 人民网-湖南频道) are one outlet.
    @Test func anOutletAndItsChannelAfterADashAreOne() {
        let names = institutions(in: "人民网长沙5月8日电 宁远县菜农忙春耕。\n来源：人民网-湖南频道").map(\.name)
        #expect(names.count == 1, "\(names)")
    }
}

extension BodyMergingTests {
    /// An association of science written whole after its prefecture and county (永州市宁远县科学技术协会)
    /// and short after its county (宁远县科协) is one body.
    @Test func aScienceAssociationWrittenWholeAndShortIsOne() {
        let bodies = institutions(in: "永州市宁远县科学技术协会联合县气象局开展活动。宁远县科协还组织专家下乡。")
            .filter { $0.name.contains("协") }
        #expect(bodies.count == 1, "\(bodies.map(\.name))")
    }
}

extension BodyMergingTests {
    /// A Youth League committee written with 共青团 and with 团 alone (共青团永州市委, 团永州市委) is one
    /// body, under its full name.
    @Test func aYouthLeagueCommitteeWithAndWithout共青IsOne() {
        let bodies = institutions(in: "共青团永州市委开展志愿服务。团永州市委书记出席。").map(\.name)
        #expect(bodies == ["共青团永州市委"], "\(bodies)")
    }
}

extension BodyMergingTests {
    /// A vocational school and its short name (宁远县职业中专, 宁远职专) are one body.
    @Test func aVocationalSchoolAndItsShortNameAreOne() {
        let names = institutions(in: "观摩团到宁远县职业中专调研。宁远职专将扩大招生。").map(\.name)
        #expect(names == ["宁远县职业中专"], "\(names)")
    }
}

extension BodyMergingTests {
    /// A supply bureau written after its company and by itself (湖南电网公司永州供电局, 永州供电局) is one body.
    @Test func aBureauAfterItsCompanyAndByItselfIsOne() {
        let names = institutions(in: "湖南电网公司永州供电局组织抢修。永州供电局表示将加快进度。").map(\.name)
        #expect(names == ["湖南电网公司永州供电局"], "\(names)")
    }
}
