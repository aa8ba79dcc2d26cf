import Testing
import TupuRecognizer

/// Names in lists of heritage sites: ruins, tombs, grottoes, former sites, temples and halls after
/// their village and the periods they date from, townships a chain writes apart from the
/// gazetteer's spelling, roads in addresses, merged departments and plans cited by title. Fresh
/// sentences.
@Suite struct HeritageSiteTests {
    static let cases: [MarkedSentence] = [
        // Sites of worship, tombs and grottoes, after the periods they date from.
        MarkedSentence("第六批文物保护单位包括湾井镇[Place:下灌村]的北魏[Place:舜源石窟]、唐代[Place:九嶷宗祠]和汉代[Place:玉琯岩墓群]。"),
        // The last of a list of dynasties written in one character is no part of the name.
        MarkedSentence("另有宁远县[Place:湾井镇][Place:下灌村]的明、清[Place:下灌关帝庙]。"),
        // A year in a bracket dates what precedes it: the former site's name begins after it.
        MarkedSentence("湾井镇[Place:下灌村]民国三十年(1941年)[Place:湘南游击队司令部旧址]修缮完工。"),
        // A township that a chain writes between a county and one of its villages, spelled apart from the data.
        MarkedSentence("文物点位于宁远县[Place:湾景乡][Place:下灌村]的古祠堂。"),
        MarkedSentence("宁远县与道县联合申报,其中道县[Place:岗背乡][Place:七里岗村]的[Place:周氏宗祠]入选。"),
        // A road written in an address, between its place and a house number.
        MarkedSentence("通讯地址:宁远县[Place:舜德路]14号。"),
        // A merged department of three or more topics, and its short form.
        MarkedSentence("发布机构:[Institution:宁远县文化广电旅游体育局]。"),
        // A plan cited by its title, whatever kind of 方案 it is.
        MarkedSentence("按照《[Programme:宁远县第四次全国文物普查工作方案]》开展实地调查。"),
        // Villages named after a family (X家村), after an unlisted township.
        MarkedSentence("宁远县[Place:湾井镇][Place:石家村]的民居。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A site's head inside a township's name (潭柘寺|镇) ends no site.
    @Test func aHeadInsideAPlaceNameEndsNoSite() {
        let names = recognizer.recognize("门头沟区潭柘寺镇平原村的古戏台保存完好。").mentions.map(\.name)
        #expect(names.contains("潭柘寺镇") && !names.contains { $0.hasSuffix("潭柘寺") }, "found \(names)")
    }

    /// Nor does it mark the end of a site for the works named after that place (二郎庙村…项目).
    @Test func aHeadInsideAPlaceNameLeavesItsWorksWhole() {
        let names = recognizer.recognize("宁远县湾井镇二郎庙村文旅康养项目总投资5亿元。").mentions.map(\.name)
        #expect(names.contains { $0.hasSuffix("二郎庙村文旅康养项目") }, "found \(names)")
    }

    /// Kinds of sites (清真寺, 烈士陵园, 石窟寺) are no places.
    @Test func kindsOfSitesAreNoPlaces() {
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县修缮清真寺和烈士陵园,石窟寺共计4处。") == [])
    }

    /// A road named by a common word before a house number is no road (走好致富路3号 is no address).
    @Test func aCommonWordBeforeAHouseNumberIsNoRoad() {
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县群众走好致富路3号文件已下发。") == [])
    }
}
