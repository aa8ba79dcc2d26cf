import Testing
import TupuRecognizer

/// Names in news of bayberry growing: a village of two characters and 村 written at least twice is a
/// village though the text names no county that holds it (柿洞村); every major one (各大|…采摘园) is a
/// class; a poverty-relief team, roads to villages and their groups and orchards of low yield are kinds.
/// Fresh sentences.
@Suite struct BayberryTests {
    @Test func aVillageWrittenTwiceIsAPlace() {
        let mentions = recognizer.recognize("柿洞村盛产杨梅。近年来,柿洞村立足杨梅产业,带动农户增收。").mentions
        #expect(mentions.filter { $0.name == "柿洞村" && $0.type == .place }.count == 2, "\(mentions.map(\.name))")
    }

    @Test func aVillageWrittenOnceIsLeftAlone() {
        let mentions = recognizer.recognize("近年来,柿洞村立足杨梅产业,带动农户增收。").mentions
        #expect(!mentions.contains { $0.name == "柿洞村" }, "\(mentions.map(\.name))")
    }

    @Test func everyMajorOneIsAClass() {
        let mentions = recognizer.recognize("宁远县各大杨梅观光采摘园喜迎八方来客。").mentions
        #expect(mentions.map(\.name) == ["宁远县"], "\(mentions.map(\.name))")
    }

    @Test func teamsRoadsAndOrchardsOfAKindAreNoNames() {
        let mentions = recognizer.recognize("在驻村扶贫工作队的帮助下,村里拓宽通村通组公路,推广低产改造技术。").mentions
        #expect(mentions.isEmpty, "\(mentions.map(\.name))")
    }
}
