import Testing
import TupuRecognizer

/// Names in news of grain reserve depots: decimal capacities in a works' name, a department's party
/// group, a name right after a verb of building that ends a word, and the kinds that name nothing.
/// Fresh sentences.
@Suite struct GrainDepotTests {
    static let cases: [MarkedSentence] = [
        // A capacity written with a decimal point (2.8万吨) stays whole in the works' name.
        MarkedSentence("[Project:宁远县粮食储备库2.8万吨仓储建设项目]开工。"),
        // A department's party group is named with the department's whole name.
        MarkedSentence("[Institution:永州市粮食和储备局党组]高度重视粮食安全工作。"),
        // A word ending right before the name (新建|中心…) keeps a shorter word across its start (建中) out.
        MarkedSentence("[Place:宁远县]新建[Project:中心库区主体工程]竣工。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A service centre of one kind (一站式服务中心) and a building counted by 栋 name nothing.
    @Test func kindsOfCentresAndCountedBuildingsNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县建成一站式服务中心和1栋中心综合楼。")
        #expect(names == [], "found \(names)")
    }
}
