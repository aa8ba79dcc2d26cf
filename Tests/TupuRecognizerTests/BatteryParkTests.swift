import Testing
import TupuRecognizer

/// Names in news of lithium battery parks: products listed before 等生产项目 name no works; the strategic
/// emerging industries and their products (光电, 新材料, 锂电池) and the parts of a building's works (桩基,
/// 钢结构) are generic; a site ranked in the whole country or province (全国…示范园区) is a title; 锚定 and
/// 创建 are boundary words; companies known by short names and listed before their class (甲、乙等龙头) are
/// bodies, though products and places listed so are not. Fresh sentences.
@Suite struct BatteryParkTests {
    @Test func productsListedBeforeProductionWorksNameNoWorks() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县引进磷酸铁锂、负极材料等生产项目。")
    }

    @Test func emergingIndustriesAndBuildingPartsAreGeneric() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县重点光电新材料产业项目开工。")
        recognizer.expectNamesNothingButTheCounty(in: "宁远县正在进行桩基工程和钢结构工程。")
    }

    @Test func companiesListedBeforeTheirClassAreBodies() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]在[Institution:舜佳]、[Institution:嘉禾美]等龙头带动下发展。"))
        recognizer.expectNamesNothingButTheCounty(in: "宁远县引进茶叶、中药材等龙头企业。")
        #expect(recognizer.recognize("宁远县湾井、冷水等企业参加。").mentions.allSatisfy { $0.type == .place })
    }

    @Test func aSiteRankedInTheWholeCountryIsATitle() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县锚定全国农产品加工示范园区目标。")
        recognizer.expectNamesNothingButTheCounty(in: "宁远县创建全国农业科技示范园区。")
    }
}
