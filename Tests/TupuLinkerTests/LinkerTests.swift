import Testing
import TupuGraph
import TupuLinker
import TupuRecognizer
import TupuTestSupport

private let recognizer = Recognizer()
private let linker = Linker()

private func link(_ text: String) -> LinkedDocument {
    linker.link(recognizer.recognize(text), name: "t.txt")
}

@Suite struct LinkerTests {
    static let text = "宁远县位于永州市南部。宁远县委、县政府高度重视，县人民医院与湘南学院签署合作协议。宁远县扎实推进乡村振兴。"

    @Test func bareBodiesTakeTheDocumentsCounty() {
        let names = Set(link(Self.text).entities.filter { $0.type == .institution }.map(\.name))
        #expect(names.isSuperset(of: ["宁远县委", "宁远县政府", "宁远县人民医院"]), "\(names)")
    }

    @Test func oneEntityPerRealThingWithAliases() {
        let document = link("宁远县召开大会。宁远县委书记讲话，县委要求各地抓好落实。")
        let committees = document.entities.filter { $0.name == "宁远县委" }
        #expect(committees.count == 1)
        #expect(committees.first?.aliases == ["县委"])
    }

    /// A county of one character and 县 names its bodies with their 县, however the text writes
    /// them: 道县人民政府 and a bare 县政府 are one body.
    @Test func aTwoCharacterCountysBodiesKeepTheirLevelWord() {
        let document = link("道县人民政府与湘南学院签署合作协议。道县县委、县政府高度重视。来源：道县人大网")
        let names = Set(document.entities.filter { $0.type == .institution }.map(\.name))
        #expect(names == ["道县县政府", "道县县委", "湘南学院", "道县人大网"], "\(names)")
    }

    /// Bare banner and league bodies take the banner and league the article is about.
    @Test func bareBannerAndLeagueBodiesTakeTheDocumentsDivisions() {
        let document = link("阿左旗召开大会。在盟委和旗委坚强领导下，旗人民政府扎实工作。")
        let names = Set(document.entities.filter { $0.type == .institution }.map(\.name))
        #expect(names == ["阿拉善盟委", "阿拉善左旗委", "阿拉善左旗政府"], "\(names)")
    }

    /// A county report's bare 人大 and 政协 are the county's; a city's are the city's.
    @Test func bareCongressAndConferenceTakeTheDocumentsCounty() {
        for (text, expected) in [("宁远县召开大会。在人大、政协监督支持下，各项工作稳步推进。", ["宁远县人大", "宁远县政协"]),
                                 ("汨罗市召开大会。在人大、政协监督支持下，各项工作稳步推进。", ["汨罗市人大", "汨罗市政协"])] {
            let names = Set(link(text).entities.filter { $0.type == .institution }.map(\.name))
            #expect(names == Set(expected), "\(text): \(names)")
        }
    }

    /// A site written with and without its province's short name is one place under the fuller name.
    @Test func aSiteWrittenWithItsProvinceIsOnePlace() {
        let document = link("宁远县位于永州市南部。湖南九嶷山景区游客增多，九嶷山景区门票免费。")
        let sites = document.entities.filter { $0.type == .place && $0.division == nil }
        #expect(sites.map(\.name) == ["湖南九嶷山景区"], "\(sites.map(\.name))")
        #expect(sites.first?.aliases == ["九嶷山景区"])
    }

    /// A project written with its county, its township and 项目, and without all three, is one.
    /// A works written with a bare level word (市舜丰冷链物流项目) is the document's division's, one
    /// with its name written plain and with its first word and head (舜丰项目) after it.
    @Test func aWorksByLevelWordAndShortNameIsOne() {
        let document = link("宁远县位于永州市南部。舜丰冷链物流项目开工，市舜丰冷链物流项目由企业投资，舜丰项目将对接物流园。")
        let projects = document.entities.filter { $0.type == .project }
        #expect(projects.map(\.name) == ["永州市舜丰冷链物流项目"], "\(projects.map(\.name))")
        #expect(Set(projects.first?.aliases ?? []) == ["舜丰冷链物流项目", "市舜丰冷链物流项目", "舜丰项目"])
    }

    /// A national agency whose name begins with a level word (市场监管总局) is no bare body, and a
    /// short name two works could share stays apart (舜丰项目 after two 舜丰 works).
    @Test func levelWordsInNounsAndSharedShortNamesStayApart() {
        let document = link("宁远县召开大会。市场监管总局检查。舜丰冷链项目、舜丰光伏项目开工，舜丰项目进展顺利。")
        let names = Set(document.entities.map(\.name))
        #expect(names.isSuperset(of: ["市场监管总局", "舜丰冷链项目", "舜丰光伏项目", "舜丰项目"]), "\(names)")
    }

    @Test func aProjectWrittenWithAndWithoutPlacesAndTailIsOne() {
        let document = link("宁远县湾井镇香芋产业示范园项目开工。香芋产业示范园建设加快。")
        let projects = document.entities.filter { $0.type == .project }
        #expect(projects.map(\.name) == ["宁远县湾井镇香芋产业示范园项目"], "\(projects.map(\.name))")
        #expect(projects.first?.aliases == ["香芋产业示范园"])
    }

    /// A company written with and without its legal form is one institution under the full name
    /// (…集团 and …集团有限公司; …药业 and …药业有限公司; …能源公司 and …能源有限公司).
    @Test func aCompanyWithoutItsLegalFormIsOneInstitution() {
        let document = link("宁远县与舜帝集团签约，舜帝集团有限公司投资建设。九嶷药业有限公司、九嶷药业代表出席，湘南能源公司与湘南能源有限公司签约。")
        let companies = document.entities.filter { $0.type == .institution }.map(\.name).sorted()
        #expect(companies == ["九嶷药业有限公司", "湘南能源有限公司", "舜帝集团有限公司"], "\(companies)")
    }

    /// A programme named again, after its full name, by its name's tail is one programme; a tail
    /// written first is a programme of its own.
    @Test func aProgrammesTailAfterItsNameIsOneProgramme() {
        let document = link("宁远县开展“转移就业百日行动”，“百日行动”现场招聘会举行。县里启动春风行动，开通网上春风行动专栏。")
        let programmes = document.entities.filter { $0.type == .programme }
        #expect(programmes.map(\.name).sorted() == ["春风行动", "网上春风行动", "转移就业百日行动"], "\(programmes.map(\.name))")
        #expect(programmes.first { $0.name == "转移就业百日行动" }?.aliases == ["百日行动"])
    }

    /// A name written with two kinds of dot between its parts (﹒ and ·) is one: here the fuller form,
    /// with its tail, names it and the other is its alias.
    @Test func namesDifferingInTheirDotsAreOne() {
        let document = link("“舜德﹒宁远行”惠民演出走进宁远县。“舜德·宁远行”惠民演出活动走进湾井镇。")
        let programmes = document.entities.filter { $0.type == .programme }
        #expect(programmes.map(\.name) == ["舜德·宁远行惠民演出活动"], "\(programmes.map(\.name))")
        #expect(programmes.first?.aliases.contains("舜德﹒宁远行惠民演出") == true, "\(programmes.map(\.aliases))")
    }

    /// A works named after a township whose short form begins with a level word (省璜 of 省璜镇) is no
    /// province's works: its 省 is the township's.
    @Test func aTownshipsShortFormIsNoLevelWord() {
        let document = link("省璜至凤池段公路改建工程开工,闽清县省璜镇群众出行更方便。")
        let projects = document.entities.filter { $0.type == .project }
        #expect(projects.map(\.name) == ["省璜至凤池段公路改建工程"], "\(projects.map(\.name))")
    }

    /// A works written under both heads (…改建项目, …改建工程) is one project, named as first written.
    @Test func aWorksUnderEitherHeadIsOne() {
        let document = link("宁远县湾井镇卫生院改建项目进入收尾阶段。湾井镇卫生院改建工程于去年动工。")
        let projects = document.entities.filter { $0.type == .project }
        #expect(projects.map(\.name) == ["宁远县湾井镇卫生院改建项目"], "\(projects.map(\.name))")
    }

    /// One quoted name with a shorter tail that ends the longer one is one programme.
    @Test func aQuotedActivityWrittenTwiceIsOneProgramme() {
        let document = link("宁远县开展“比学赶超”集中观摩活动。“比学赶超”观摩活动首站来到湾井镇，“比学赶超”系列活动同步启动。")
        let programmes = document.entities.filter { $0.type == .programme }.map(\.name)
        #expect(programmes.sorted() == ["比学赶超系列活动", "比学赶超集中观摩活动"], "\(programmes)")
    }

    /// A project written with and without its phase in brackets is one project under the name
    /// with it; with two phases named, the bare name stays apart.
    @Test func aProjectWithoutItsBracketedPhaseIsOneProject() {
        let one = link("宁远县推进舜陵花厅雅苑(二期)项目。舜陵花厅雅苑项目进展顺利。")
        #expect(one.entities.filter { $0.type == .project }.map(\.name) == ["舜陵花厅雅苑(二期)项目"])
        let two = link("宁远县推进舜陵花厅雅苑(一期)项目和舜陵花厅雅苑(二期)项目。舜陵花厅雅苑项目进展顺利。")
        #expect(two.entities.filter { $0.type == .project }.count == 3)
    }

    /// The county's 县医院 is its one people's hospital; with two named, it stays apart.
    @Test func theCountyHospitalIsItsPeoplesHospital() {
        let one = link("宁远县人民医院与湾井镇卫生院签约。县医院专家下乡义诊。")
        #expect(one.entities.filter { $0.name.hasSuffix("医院") }.map(\.name) == ["宁远县人民医院"])
        let two = link("宁远县人民医院和宁远县第一人民医院签约。县医院专家下乡义诊。")
        #expect(two.entities.filter { $0.name.hasSuffix("医院") }.count == 3)
    }

    /// A county written by its former name (简阳县, now 简阳市) keeps that name, and its bare bodies take it.
    @Test func aCountyWrittenByItsFormerNameKeepsIt() {
        let document = link("简阳县委、县政府召开会议，简阳各乡镇参加。")
        let names = Set(document.entities.map(\.name))
        #expect(names.isSuperset(of: ["简阳县", "简阳县委", "简阳县政府"]) && !names.contains("简阳市"), "\(names)")
    }

    /// A county of one character and 县 keeps its bodies' 县 (岚县县委, as the text writes it).
    @Test func aTwoCharacterCountysCommitteeKeepsBothCharacters() {
        let names = Set(link("岚县县长主持会议，岚县地处山区。县委、县政府高度重视。").entities.map(\.name))
        #expect(names.isSuperset(of: ["岚县", "岚县县委", "岚县县政府"]), "\(names)")
    }

    /// A programme named with and without its tail (规划, 行动) is one entity under the fuller name.
    @Test func aProgrammesShortNameIsAnAliasOfItsFullName() {
        let document = link("宁远县编制“十四五”规划。宁远县围绕“十四五”目标，实施“十四五”规划。")
        let plans = document.entities.filter { $0.type == .programme }
        #expect(plans.map(\.name) == ["十四五规划"], "\(plans.map(\.name))")
        #expect(plans.first?.aliases == ["十四五"])
    }

    /// A prefecture's short form that its own county shares (长沙, 长沙县) is the prefecture's: it makes
    /// that county no document's county, and a bare county body stays bare.
    @Test func aPrefecturesShortFormIsNotItsCountys() {
        let names = Set(link("县供电公司完成线路改造，长沙客商前来参观。").entities.map(\.name))
        #expect(names == ["县供电公司"], "\(names)")
    }

    /// A county inside a common word (示|范县 of 示范县) is not the document's: a bare committee takes
    /// the county the text names.
    @Test func aCountyInsideAWordIsNotTheDocumentsCounty() {
        let names = Set(link("被确定为河南省级电子商务进农村综合示范县。县委高度重视，深耕宁陵文化。").entities
            .filter { $0.type == .institution }.map(\.name))
        #expect(names == ["宁陵县委"], "\(names)")
    }

    /// A bare 自治区 names the document's autonomous region's bodies.
    @Test func aBareAutonomousRegionIsTheDocumentsProvince() {
        let names = Set(link("宁夏西吉县召开会议。自治区体育局加大投入。").entities.filter { $0.type == .institution }.map(\.name))
        #expect(names == ["宁夏回族自治区体育局"], "\(names)")
    }

    /// A league's 比赛 and 赛, and its name with and without the year, are one programme.
    @Test func aLeagueWrittenTwoWaysIsOneProgramme() {
        let document = link("宁远县2024年第四届乡镇篮球比赛开幕。副县长宣布宁远县第四届乡镇篮球赛开幕。")
        let programmes = document.entities.filter { $0.type == .programme }.map(\.name)
        #expect(programmes.count == 1, "\(programmes)")
    }

    /// A township listed in the data with its county's name first (红寺堡区新庄集乡) is found by its own name.
    @Test func aTownshipListedWithItsCountyIsFoundByItsOwnName() {
        let places = Set(link("红寺堡区新庄集乡和太阳山镇举办活动。").entities.filter { $0.type == .place }.map(\.name))
        #expect(places.isSuperset(of: ["新庄集乡", "太阳山镇"]), "\(places)")
    }

    /// A county of one character and 县 keeps the 县 of its committee and government, not of its other
    /// institutions (道县|示范区管委会); two townships listed by short forms name a county the text does not.
    @Test func aTwoCharacterCountysOtherInstitutionsTakeItsName() {
        let names = Set(link("道县召开大会。县示范区管委会和县政府参加。").entities.filter { $0.type == .institution }.map(\.name))
        #expect(names == ["道县示范区管委会", "道县县政府"], "\(names)")
        let listed = Set(link("湾井、冷水被命名为省级卫生乡镇。县委高度重视。").entities.filter { $0.type == .institution }.map(\.name))
        #expect(listed == ["宁远县委"], "\(listed)")
    }

    /// A short name given in brackets (以下简称…) is an alias of the name before it.
    @Test func aShortNameInBracketsIsAnAlias() {
        let document = link("宁远县召开会议。县人民政府森林防火指挥部(以下简称县指挥部)负责组织，县指挥部设办公室。")
        let bodies = document.entities.filter { $0.name.hasSuffix("指挥部") }
        #expect(bodies.map(\.name) == ["宁远县政府森林防火指挥部"], "\(bodies.map(\.name))")
        #expect(bodies.first?.aliases.contains("县指挥部") == true, "\(bodies.first?.aliases ?? [])")
    }

    /// A title cited again by its last words (《实施意见》) is the document cited in full before it.
    @Test func aTitleCitedByItsLastWordsIsTheSameDocument() {
        let document = link("宁远县印发《宁远县关于推进渔业发展的实施意见》。《实施意见》提出发展渔港。")
        let plans = document.entities.filter { $0.type == .programme }
        #expect(plans.map(\.name) == ["宁远县关于推进渔业发展的实施意见"], "\(plans.map(\.name))")
    }

    /// A document naming three counties of a prefecture, none more often than the prefecture, is the
    /// prefecture's: its bare 市 body is the prefecture's.
    @Test func aDocumentNamingThreeCountiesIsThePrefectures() {
        let document = link("永州市召开渔业会议，市农业农村局参加。永州市的祁阳、江永、道县等地发展渔业，祁阳建成渔港。")
        let names = Set(document.entities.filter { $0.type == .institution }.map(\.name))
        #expect(names.contains("永州市农业农村局"), "\(names)")
    }

    /// A short name given in quotation marks inside the bracket (下简称“…”) is an alias too.
    @Test func aQuotedShortNameInBracketsIsAnAlias() {
        let document = link("宁远县引进宁远舜丰果业开发有限公司(下简称“舜丰公司”)。舜丰公司种植核桃。")
        let companies = document.entities.filter { $0.type == .institution }
        #expect(companies.map(\.name) == ["宁远舜丰果业开发有限公司"], "\(companies.map(\.name))")
        #expect(companies.first?.aliases.contains("舜丰公司") == true, "\(companies.first?.aliases ?? [])")
    }

    /// A document naming several counties of a prefecture once each, and the prefecture more often, is
    /// the prefecture's: its bare 市委 is the prefecture's.
    @Test func aDocumentAboutAPrefectureNamesItsCommittee() {
        let document = link("永州市消费扶贫专馆揭牌，参观了祁阳市茶园和东安县展示馆。永州农批市场开业，市委高度重视。")
        let names = Set(document.entities.filter { $0.type == .institution }.map(\.name))
        #expect(names.contains("永州市委"), "\(names)")
    }

    /// The Youth League's bare county committee is the county's, one body with its full form.
    @Test func theYouthLeaguesBareCommitteeIsTheCountys() {
        let names = Set(link("团宁远县委开展活动，团县委书记出席。").entities.filter { $0.type == .institution }.map(\.name))
        #expect(names == ["团宁远县委"], "\(names)")
    }

    /// A designation and the drive to win it (…先行区, …先行区创建) are one programme.
    @Test func aDesignationAndItsDriveAreOneProgramme() {
        let document = link("宁远县把国家农业绿色发展先行区建设作为抓手，推进国家农业绿色发展先行区创建。")
        let programmes = document.entities.filter { $0.type == .programme }
        #expect(programmes.map(\.name) == ["国家农业绿色发展先行区创建"], "\(programmes.map(\.name))")
    }

    /// Bare township and village bodies take the township and village the article is about.
    @Test func bareTownshipAndVillageBodiesTakeTheDocumentsDivisions() {
        let document = link("宁远县湾井镇下灌村发展香芋。下灌村党支部书记介绍，镇党委政府和村委会给予支持，党支部牵头成立合作社。")
        let names = Set(document.entities.filter { $0.type == .institution }.map(\.name))
        #expect(names == ["湾井镇党委", "湾井镇政府", "下灌村党支部", "下灌村村委会"], "\(names)")
    }

    /// A project named once with the township it lies in and once without is one entity.
    @Test func aNameWithoutItsPlaceIsAnAliasOfTheNameWithIt() {
        let document = link("宁远县在湾井镇香芋产业园项目现场召开会议。开工的项目是香芋产业园项目。")
        let projects = document.entities.filter { $0.type == .project }
        #expect(projects.map(\.name) == ["湾井镇香芋产业园项目"], "\(projects.map(\.name))")
        #expect(projects.first?.aliases == ["香芋产业园项目"])
    }

    /// A recurring event written with and without its edition (第三届, (秋季)) and its place is one
    /// programme under its fullest name; the same event of another place stays apart.
    @Test func editionsOfAnEventAreOneProgramme() {
        let document = link("宁远县举办湖南省第三届(秋季)乡村文化旅游节。湖南省乡村文化旅游节已连续举办三届，第三届乡村文化旅游节吸引游客。广东省乡村文化旅游节同期举行。")
        let events = document.entities.filter { $0.type == .programme }.map(\.name).sorted()
        #expect(events == ["广东省乡村文化旅游节", "湖南省第三届(秋季)乡村文化旅游节"], "\(events)")
    }

    /// On random texts of the pieces the rules look at, linking never traps, and every relation
    /// joins entities of the document (or an entity and a title).
    @Test(arguments: 1...200)
    func randomTextsGiveRelationsBetweenEntities(seed: UInt64) {
        let document = link(RandomReportText.make(seed: seed))
        let names = Set(document.entities.map(\.name))
        for relation in document.relations {
            #expect(names.contains(relation.subject), "\(relation)")
            #expect(relation.kind == .honouredWith || names.contains(relation.object), "\(relation)")
        }
    }

    /// A text that names no place still links: its institutions are located nowhere.
    @Test func aTextWithoutPlacesLinks() {
        let document = link("人民医院与实验小学签署合作协议。")
        #expect(document.entities.contains { $0.type == .institution })
        #expect(!document.relations.contains { $0.kind == .locatedIn })
    }

    /// A place named only inside a longer name is a node that relations reach, not a mention.
    @Test func placesInsideNamesAreNodesOfTheGraph() {
        let document = link("宁远县湾井镇卫生院新建住院楼。")
        let township = document.entities.first { $0.name == "湾井镇" }
        #expect(township?.isNamedOnlyInside == true)
        #expect(document.relations.contains { $0.subject == "宁远县湾井镇卫生院" && $0.kind == .locatedIn && $0.object == "湾井镇" })
        #expect(document.relations.contains { $0.subject == "湾井镇" && $0.kind == .partOf && $0.object == "宁远县" })
    }

    @Test func placesArePartOfTheirNearestNamedAncestor() {
        let relations = link(Self.text).relations
        #expect(relations.contains { $0.subject == "宁远县" && $0.kind == .partOf && $0.object == "永州市" })
    }

    @Test func theCountyRunsItsProgrammesAndHoldsItsInstitutions() {
        let relations = link(Self.text).relations
        #expect(relations.contains { $0.subject == "宁远县" && $0.kind == .runs && $0.object == "乡村振兴" })
        #expect(relations.contains { $0.subject == "宁远县人民医院" && $0.kind == .locatedIn && $0.object == "宁远县" })
        #expect(relations.allSatisfy { $0.kind != .runs || !$0.sentence.isEmpty })
    }

    @Test func cooperationInOneSentence() {
        let relations = link(Self.text).relations
        #expect(relations.contains { $0.kind == .cooperatesWith && Set([$0.subject, $0.object]) == ["宁远县人民医院", "湘南学院"] })
    }

    @Test func honoursTakeTheTitleAsWritten() {
        let relations = link("宁远县图书馆获评“国家一级图书馆”。").relations
        #expect(relations.contains { $0.kind == .honouredWith && $0.object == "国家一级图书馆" }, "\(relations)")
    }

    /// Every title of a list after one honour word, and each honour word of a sentence, counts;
    /// an unquoted title ends before the clause's time word.
    @Test func everyTitleOfASentenceCounts() {
        let relations = link("宁远县先后荣获“全国文明县城”“湖南省卫生县城”，获评“全国休闲农业重点县”。宁远县入选省级美丽乡村示范县以来，发展加快。").relations
        let titles = Set(relations.filter { $0.kind == .honouredWith && $0.subject == "宁远县" }.map(\.object))
        #expect(titles == ["全国文明县城", "湖南省卫生县城", "全国休闲农业重点县", "省级美丽乡村示范县"], "\(titles)")
    }

    @Test func placeIRIsUseDivisionCodes() {
        let county = link(Self.text).entities.first { $0.name == "宁远县" }
        #expect(county?.iri.value == "https://w3id.org/tupu/id/place/431126")
    }

    @Test func graphHasTypesLabelsDocumentsAndProvenance() {
        var builder = GraphBuilder()
        builder.add(link(Self.text))
        let store = builder.store
        let county = Term.iri(try! IRI("https://w3id.org/tupu/id/place/431126"))
        #expect(store.triples(subject: county, predicate: RDF.type).map(\.object) == [.iri(Tupu.place)])
        #expect(store.triples(subject: county, predicate: RDFS.label).first?.object.literal?.language == "zh")
        #expect(!store.triples(subject: county, predicate: Tupu.mentionedIn).isEmpty)
        #expect(store.triples(subject: county, predicate: Tupu.partOf).count == 1)
        let statements = store.triples(predicate: RDF.type, object: .iri(RDF.statement))
        #expect(!statements.isEmpty)
        for statement in statements {
            #expect(store.triples(subject: statement.subject, predicate: Tupu.statedIn).count == 1)
        }
        // The chain of divisions up to the province is in the graph.
        let province = Term.iri(try! IRI("https://w3id.org/tupu/id/place/430000"))
        #expect(store.triples(subject: province, predicate: RDFS.label).first?.object.literal?.lexicalForm == "湖南省")
    }
}
