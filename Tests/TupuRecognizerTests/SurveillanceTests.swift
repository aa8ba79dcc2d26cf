import Testing
import TupuRecognizer

/// Names in news of village video surveillance (雪亮工程): stations of every sub-district (各镇|街道派出所), a works'
/// headquarters (项目建设指挥部) and public security as a kind of works (群众性治安防控工程) name nothing; a station
/// named by its township does. Fresh sentences.
@Suite struct SurveillanceTests {
    @Test func kindsOfStationsHeadquartersAndWorksNameNothing() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县在各镇街道派出所搭建平台,成立项目建设指挥部,建设群众性治安防控工程。")
    }

    @Test func aStationNamedByItsTownshipIsABody() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]在[Institution:湾井镇派出所]搭建平台,接入[Institution:县公安局指挥中心]。"))
    }
}
