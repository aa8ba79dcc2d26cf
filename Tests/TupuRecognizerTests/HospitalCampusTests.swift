import Testing
import TupuRecognizer

/// Names in news of hospitals' new campuses: a committee's department after a secretary's post,
/// national roads apart from the township before them, campuses named by a direction, and 规划 as
/// a verb. Fresh sentences.
@Suite struct HospitalCampusTests {
    static let cases: [MarkedSentence] = [
        // A department after the committee's secretary in a list of posts is the committee's.
        MarkedSentence("宁远县委副书记、[Institution:宁远县委宣传部|宣传部]部长出席。"),
        // A national road is named apart from the township written before it.
        MarkedSentence("新院区位于[Place:湾井镇][Place:G207国道]与冷水交叉路口。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A district named by a direction right after a hospital (县人民医院|东区) is its campus, no place.
    @Test func aDirectionAfterAHospitalIsItsCampus() {
        let places = recognizer.recognize("县人民医院东区已建成投入使用。").mentions.filter { $0.type == .place }
        #expect(places.isEmpty, "found \(places.map(\.name))")
    }

    /// 规划 before 建设 is the verb (…标准|规划建设): no plan.
    @Test func planningBeforeBuildingIsAVerb() {
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县按照三级甲等综合医院标准规划建设。") == [])
    }
}
