import Testing
import TupuRecognizer

/// Names in news of fruit industries: a park a works names, written before a side of it (…产业园|内), and
/// what names nothing: a park's planned area (产业园|规划面积) and sites counted right after them at a
/// clause's end (…农业园区17个、). Fresh sentences.
@Suite struct KiwifruitTests {
    @Test func aParkBeforeItsInsideIsNamed() {
        recognizer.expectFinds(MarkedSentence("图为[Project:宁远县千亩脐橙产业园]内的生产现场。"))
    }

    @Test(arguments: ["宁远县该产业园规划面积2万亩。", "宁远县建成万亩现代农业园区17个、休闲观光园8个。", "宁远县建成脐橙国家AAA旅游景区2个、休闲观光园8个。"])
    func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
