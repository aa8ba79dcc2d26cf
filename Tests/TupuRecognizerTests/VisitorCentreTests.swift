import Testing
import TupuLinker
import TupuRecognizer

/// Names in news of scenic areas' visitor centres: a visitors' centre, a food square and a verb before a scenic
/// area are kinds and words, no names (游客服务中心, 饮食广场, 优化|景区); a county yamen's works (县衙停车场…工程)
/// begin with the noun 县衙, no bare level word for the county. Fresh sentences.
@Suite struct VisitorCentreTests {
    @Test func visitorsCentresAndSquaresAreKinds() {
        let mentions = recognizer.recognize("九嶷山景区游客服务中心已装修完工，饮食广场同步建设，进一步优化景区交通品质。").mentions
        #expect(!mentions.contains { ["游客服务中心", "饮食广场", "优化景区"].contains($0.name) }, "found \(mentions.map(\.name))")
    }

    @Test func aYamensWorksKeepTheirNoun() {
        let document = Linker().link(recognizer.recognize("宁远县召开推进会。县衙停车场改造及游客服务中心工程开工。"), name: "t.txt")
        let names = document.entities.filter { $0.type == .project }.map(\.name)
        #expect(names.contains("县衙停车场改造及游客服务中心工程"), "found \(names)")
    }
}
