import Testing
import TupuRecognizer

/// Names in news of stone-processing parks: factories of any trade (…石雕工艺厂) and coal mines are bodies,
/// though one named by its product alone is a kind; 控股 after 合资 is a verb, no company's head; 管区 heads the
/// districts of a township, a counted list of them takes it even where an item reads as a verb (明道); 辖,
/// 建立 and 合资 are boundary words; a trade's office may have a topic of four characters (建材行业办). Fresh sentences.
@Suite struct StoneParkTests {
    @Test func factoriesOfAnyTradeAndMinesAreBodies() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]的[Institution:舜源石雕工艺厂]投产。"))
        recognizer.expectNamesNothingButTheCounty(in: "宁远县新建石雕工艺厂。")
        recognizer.expectFinds(MarkedSentence("公司由[Institution:宁远县九嶷煤矿]和[Institution:舜源石材有限公司]合资控股。"))
    }

    @Test func theDistrictsOfATownshipAreListedWithTheirHead() {
        recognizer.expectFinds(MarkedSentence("[Place:湾井镇]辖[Place:舜源管区|舜源]、[Place:九嶷管区|九嶷]、[Place:明道管区|明道]三个管区。"))
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]在[Place:舜源管区]建立石材工业园。"))
    }

    @Test func aTradesOfficeIsABody() {
        recognizer.expectFinds(MarkedSentence("[Institution:永州市建材行业办]和[Institution:宁远县委|县委]负责人出席。"))
    }
}
