import Testing
import TupuRecognizer

/// Names in news of tea-picking festivals: the guests' bodies (a national body's own unit, a former
/// ministry before its deputy minister, an army region, a province's extension station), a festival
/// held by the county written after its theme, a township the data lacks before one of its villages,
/// and what only looks like a name (茶园变公园, the first line of a kind). Fresh sentences.
@Suite struct TeaFestivalTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Institution:农业农村部规划设计研究院]专家来到[Place:湾井镇]。"),
        MarkedSentence("[Institution:中国人民解放军总医院]专家来到[Place:湾井镇]义诊。"),
        MarkedSentence("[Institution:国家电网公司]向[Place:湾井镇]捐款。"),
        MarkedSentence("[Institution:农业农村部]副部长来到[Place:湾井镇]。"),
        MarkedSentence("[Institution:南京军区]原副司令员、[Institution:全国妇联]副主席来到[Place:湾井镇]。"),
        MarkedSentence("[Institution:湖南省农业技术推广总站]站长来到[Place:湾井镇]。"),
        MarkedSentence("“多彩湾井”[Programme:宁远县第三届油茶风情季]在[Place:湾井镇]开幕。"),
        MarkedSentence("全县以“[Programme:生态低碳茶园建设]”为引领。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func aPlaceInsideAnotherNameDoesNotBeginTheEdition() {
        let names = recognizer.recognize("2011中国·湖南第五届舜帝陵国际公路自行车赛开赛。").mentions.map(\.name)
        #expect(!names.contains { $0.hasPrefix("湖南第五届") }, "\(names)")
    }

    @Test func aNationalBodyBeforeAVerbNamesNoUnit() {
        #expect(recognizer.namesBesidesTheCounty(in: "经农业农村部认定合作社。") == ["农业农村部"])
    }

    @Test func aDistrictEndingLikeAnArmyRegionIsTheDistrict() {
        let found = recognizer.recognize("宜昌市点军区领导出席。").mentions.map { "\($0.type.rawValue):\($0.name)" }
        #expect(found.contains { $0.hasPrefix("Place") && $0.hasSuffix("点军区") } && !found.contains { $0.hasPrefix("Institution") }, "\(found)")
    }

    @Test func aTownshipTheDataLacksBeforeItsVillageIsFoundWhereverWritten() {
        let found = recognizer.recognize("开幕式在宁远县。活动在凤鸣岭乡下灌村举行，生产线又在凤鸣岭乡建成。").mentions.filter { $0.name == "凤鸣岭乡" }
        #expect(found.count == 2, "\(found)")
    }

    @Test func figuresAndRankedKindsAreNoNames() {
        #expect(recognizer.namesBesidesTheCounty(in: "把茶山变金山、茶园变公园。").isEmpty)
        #expect(recognizer.namesBesidesTheCounty(in: "全省第一条名优茶自动化生产线建成。").isEmpty)
    }
}
