import Testing
import TupuRecognizer

/// Names in news of fitness and sports centres: a street's name holds no word for the town (县城), a
/// ring road (二环路) is a street, 规划 before 定位 is no plan, a centre of two topics is named,
/// auxiliary works are a kind, and a national programme before a body's head or a venue names their
/// kind. Fresh sentences.
@Suite struct FitnessCentreTests {
    @Test func aStreetsNameHoldsNoWordForTheTown() {
        recognizer.expectFinds(MarkedSentence("该项目位于宁远县县城[Place:舜帝大道]以西，[Place:北二环路]以北。"))
    }

    @Test func planningBeforeAPositionIsNoPlan() {
        let document = recognizer.recognize("县文化体育中心规划定位为多功能体育场馆。")
        #expect(!document.mentions.contains { $0.type == .programme }, "found \(document.mentions.map(\.name))")
    }

    /// A centre whose topic is two words departments join (文化体育, 文化和体育) is named, as 县体育中心 is.
    @Test func aCentreOfTwoTopicsIsNamed() {
        recognizer.expectFinds(MarkedSentence("目前，[Institution:县文化体育中心]已完成项目规划设计，[Institution:宁远县文化和体育中心]同步筹建。"))
    }

    @Test func auxiliaryWorksAndProgrammesNamingKindsNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县建设800人游泳场和辅助设施项目，以及全民健身活动场地和室外全民健身中心。")
        #expect(names.isEmpty, "found \(names)")
    }
}
