import Testing
import TupuRecognizer

/// Names in news of blossom festivals: a conference's special committee is named with the conference
/// (市政协|人口资源环境委员会); township cultural stations; a festival's quoted gatherings (诗词会, 相亲联谊会)
/// named from their quotation, not from who gathers (诗词爱好者则齐聚|“…”); activities counted (十余项主题活动)
/// are a class; a festival right after a copula (是|桃花节) is no part of what precedes it; the great
/// tributaries of the Huai (颍水). Fresh sentences.
@Suite struct BlossomFestivalTests {
    @Test func aConferencesSpecialCommitteeIsNamedWithIt() {
        let names = recognizer.recognize("市政协文化文史和学习委员会副主任李明出席开幕式。").mentions.map(\.name)
        #expect(names.contains { $0.hasSuffix("政协文化文史和学习委员会") }, "found \(names)")
        let plain = recognizer.recognize("县政协委员李明出席开幕式。").mentions.map(\.name)
        #expect(!plain.contains { $0.hasSuffix("委员会") }, "found \(plain)")
    }

    @Test func townshipCulturalStations() {
        let names = recognizer.recognize("宁远县湾井镇文化站承办了本次活动。").mentions.map(\.name)
        #expect(names.contains { $0.hasSuffix("湾井镇文化站") }, "found \(names)")
    }

    @Test func quotedGatheringsAreNamedFromTheirQuotation() {
        let mentions = recognizer.recognize("书法爱好者则齐聚“墨香舜乡·笔韵九嶷”桃花诗词会,青年们参加“舜乡有约·情定九嶷”相亲联谊会。").mentions
        let programmes = mentions.filter { $0.type == .programme }.map(\.name)
        #expect(programmes.contains("墨香舜乡·笔韵九嶷桃花诗词会"), "found \(programmes)")
        #expect(programmes.contains("舜乡有约·情定九嶷相亲联谊会"), "found \(programmes)")
    }

    @Test func countedActivitiesAreAClass() {
        let mentions = recognizer.recognize("本届桃花节串联十余项主题活动,打造沉浸式文旅体验。").mentions
        #expect(!mentions.contains { $0.name.hasSuffix("主题活动") }, "found \(mentions.map(\.name))")
    }

    @Test func aFestivalAfterACopulaStandsAlone() {
        let mentions = recognizer.recognize("赏花是梨花节不变的主旋律。").mentions
        #expect(!mentions.contains { $0.name.hasPrefix("赏花") }, "found \(mentions.map(\.name))")
    }

    @Test func theHuaisGreatTributaries() {
        let mentions = recognizer.recognize("春色尽染颍水畔,游客沿涡河两岸赏花。").mentions
        #expect(mentions.contains { $0.type == .place && $0.name == "颍水" }, "found \(mentions.map(\.name))")
        #expect(mentions.contains { $0.type == .place && $0.name == "涡河" }, "found \(mentions.map(\.name))")
    }
}
