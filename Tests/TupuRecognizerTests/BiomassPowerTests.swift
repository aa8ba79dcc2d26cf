import Testing
import TupuRecognizer

/// Names in news of biomass power plants: a works named by its kind of power alone (生物质热电联产项目) is a
/// kind; a maker's series of products (…系列产品项目) stays in a works' name, though 系列 still ends what
/// stands before it elsewhere; a quoted code of digits before the system it numbers (“2+3”现代农业产业体系)
/// is a programme. Fresh sentences.
@Suite struct BiomassPowerTests {
    @Test func aWorksNamedByItsKindOfPowerAloneIsAKind() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县总投资3亿元生物质热电联产项目落户。")
    }

    @Test func aSeriesOfProductsStaysInAWorksName() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]投资2亿元的[Project:舜源茶叶系列产品项目]开工。"))
        recognizer.expectNamesNothingButTheCounty(in: "宁远县开展系列宣传活动。")
    }

    @Test func aQuotedCodeBeforeTheSystemItNumbersIsAProgramme() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]着力构建[Programme:2+3现代农业产业体系|“2+3”现代农业产业体系]，推动发展。"))
        recognizer.expectNamesNothingButTheCounty(in: "宁远县形成“3+3”的设置格局。")
    }
}
