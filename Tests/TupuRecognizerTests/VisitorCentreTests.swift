import Testing
import TupuRecognizer

/// Names in news of scenic areas' visitor centres: a visitors' centre, a food square and a verb before a scenic
/// area are kinds and words, no names (游客服务中心, 饮食广场, 优化|景区). Fresh sentences.
@Suite struct VisitorCentreTests {
    @Test func visitorsCentresAndSquaresAreKinds() {
        let mentions = recognizer.recognize("九嶷山景区游客服务中心已装修完工，饮食广场同步建设，进一步优化景区交通品质。").mentions
        #expect(!mentions.contains { ["游客服务中心", "饮食广场", "优化景区"].contains($0.name) }, "found \(mentions.map(\.name))")
    }
}
