import Testing
import TupuRecognizer

/// Names in news of pumped-storage power stations and reading rooms: a building verb standing alone in a
/// headline (5亿元建|抽水蓄能电站) ends what stands before a works, though a street keeps it (建山路); a
/// station named by its place and its kind of power is a works (宁远抽水蓄能电站, 湾井风电场), the kind
/// alone is none (抽水蓄能项目), nor are a station's upper and lower reservoirs (上下水库); a company's
/// 筹建处 and 项目部 are bodies; a reading room (舜乡书房) is one; 图书馆总分馆制 is known whole; the
/// preparatory phase (筹建期) is part of a works' name. Fresh sentences.
@Suite struct PumpedStorageTests {
    @Test func aLoneBuildingVerbEndsWhatStandsBeforeAWorks() {
        for text in ["宁远5亿元建抽水蓄能电站", "九嶷山下建电站", "永州3亿元建污水处理厂"] {
            let mentions = recognizer.recognize(text).mentions
            #expect(!mentions.contains { $0.name.contains("建") }, "\(text): found \(mentions.map(\.name))")
        }
    }

    @Test func aStreetNamedWithTheVerbKeepsIt() {
        let mentions = recognizer.recognize("湾井镇建山路口袋公园开放。").mentions
        #expect(mentions.contains { $0.type == .place && $0.name.contains("建山路") }, "found \(mentions.map(\.name))")
    }

    @Test func aStationNamedByItsPlaceAndPowerIsAWorks() {
        let mentions = recognizer.recognize("宁远县召开推进会。宁远抽水蓄能电站装机120万千瓦，湾井风电场同步建设，宁远光伏电站并网。").mentions
        for name in ["宁远抽水蓄能电站", "湾井风电场", "宁远光伏电站"] {
            #expect(mentions.contains { $0.type == .project && $0.name == name }, "\(name): found \(mentions.map(\.name))")
        }
    }

    @Test func theKindOfPowerAloneNamesNoWorks() {
        let mentions = recognizer.recognize("县里召开抽水蓄能项目推进会。该抽水蓄能电站拟建于湾井镇，上下水库成库条件好。").mentions
        #expect(mentions.allSatisfy { $0.type == .place && $0.name == "湾井镇" }, "found \(mentions.map(\.name))")
    }

    @Test func aCompanysPreparatoryOfficeAndProjectDepartmentAreBodies() {
        for (text, name) in [("宁远抽水蓄能有限公司筹建处揭牌。", "宁远抽水蓄能有限公司筹建处"), ("国投电力湖南公司宁远项目部进场施工。", "国投电力湖南公司宁远项目部")] {
            let mentions = recognizer.recognize(text).mentions
            #expect(mentions.contains { $0.type == .institution && $0.name == name }, "\(text): found \(mentions.map(\.name))")
        }
    }

    @Test func aReadingRoomIsABodyButTheCitysKindIsNone() {
        let mentions = recognizer.recognize("宁远县图书馆开设的“舜乡书房”正式开放。全县建成城市书房5家。").mentions
        #expect(mentions.contains { $0.type == .institution && $0.name == "舜乡书房" }, "found \(mentions.map(\.name))")
        #expect(!mentions.contains { $0.name.hasSuffix("城市书房") }, "found \(mentions.map(\.name))")
    }

    @Test func theLibrarySystemIsKnownWhole() {
        let mentions = recognizer.recognize("宁远县试点“图书馆总分馆制”。").mentions
        #expect(mentions.contains { $0.type == .programme && $0.name == "图书馆总分馆制" }, "found \(mentions.map(\.name))")
    }

    @Test func thePreparatoryPhaseIsInTheWorksName() {
        let mentions = recognizer.recognize("宁远抽水蓄能电站筹建期道路工程开工。").mentions
        #expect(mentions.contains { $0.type == .project && $0.name == "宁远抽水蓄能电站筹建期道路工程" }, "found \(mentions.map(\.name))")
    }
}
