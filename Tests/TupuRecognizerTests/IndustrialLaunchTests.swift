import Testing
import TupuRecognizer

/// Names in news of industrial projects launched and completed: counties listed before a count of
/// divisions, a quoted activity after a verb of launching, list items that begin with a function
/// character, and the activities and counts that name nothing. Fresh sentences.
@Suite struct IndustrialLaunchTests {
    static let cases: [MarkedSentence] = [
        // Short forms listed before a count of divisions (两县), beside a county of the same prefecture.
        MarkedSentence("[Place:诏安]、[Place:东山]两县联合开展海防演练。"),
        // A quoted activity after a verb of launching (奏响) begins at its quotation.
        MarkedSentence("[Place:宁远县]奏响[Programme:学思想、强本领活动|“学思想、强本领”活动]最强音。"),
        // An item after 、 keeps a first character that is a function character elsewhere (同丰).
        MarkedSentence("[Place:宁远县]集中开工的项目为[Project:舜发服装生产线项目]、[Project:同丰彩印生产线项目]。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Launch activities of projects (项目集中开竣工活动), a quoted count of divisions (“两县一区”) and an
    /// item that begins with 各 name nothing.
    @Test func launchActivitiesAndCountsNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县参加项目集中开竣工活动,提高“两县一区”集疏运效率,各光伏项目企业参加。")
        #expect(names == [], "found \(names)")
    }
}
