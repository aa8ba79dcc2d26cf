import Testing
import TupuRecognizer

/// Names in news of car parks: a site named by a street (中大街立交桥) is a place, also before a side
/// of it that jieba joins to its head (桥下), and a body of a category (酒类公司) is a kind. Fresh sentences.
@Suite struct CarParkTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("在[Place:中大街立交桥]下新建停车场，[Place:舜陵大道立交桥]旁也有一处。"))
    }

    @Test func aBodyOfACategoryIsAKind() {
        let names = recognizer.namesBesidesTheCounty(in: "将原酒类公司等场所整合，建设立体停车场。")
        #expect(names == [], "found \(names)")
    }
}
