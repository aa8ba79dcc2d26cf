import Testing
import TupuRecognizer

/// Names in news of technology envoys: 科技特派员制度 is a national programme, and an academy of
/// agricultural sciences (农科院) is a body. Fresh sentences.
@Suite struct ScienceEnvoyTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("宁远县深入推行[Programme:科技特派员制度],[Institution:永州市农科院]选派专家到湾井镇。"))
        recognizer.expectFinds(MarkedSentence("在[Institution:市农科院]和各镇推荐基础上,由[Institution:区科技局]审核。"))
    }
}
