import Testing
import TupuRecognizer

/// Names in news of forest chiefs and rangers: the territorial bodies (属地党委) that responsibilities
/// fall to are a kind. Fresh sentences.
@Suite struct ForestChiefTests {
    @Test func territorialBodiesNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县把责任分解落实到属地党委政府、行业监管部门。")
        #expect(names == [], "found \(names)")
    }
}
