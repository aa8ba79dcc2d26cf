import Testing
import TupuRecognizer

/// Names in culture and tourism investment signings: a reporter's credit in brackets before a
/// company, plans cited by title, recurring development conferences and culture weeks named by
/// their place, conference centres. Fresh sentences.
@Suite struct InvestmentSigningTests {
    static let cases: [MarkedSentence] = [
        // A bracket crediting a reporter is no part of the company after it.
        MarkedSentence("[Institution:华声在线]9月27日讯(全媒体记者 李明)[Institution:永州舜源旅游开发有限公司]与[Institution:宁远县人民政府]签约。"),
        // A plan cited by its title is named whole, boundary words and all.
        MarkedSentence("出台了[Programme:宁远县文化产业发展战略规划|《宁远县文化产业发展战略规划》]。"),
        // Events named by their place; a conference centre is a venue.
        MarkedSentence("举办[Programme:宁远县第三届旅游产业发展大会]和[Programme:九嶷山文化周]，会议在[Place:永州国际会议中心]举行。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A strategic position (战略地位) is no strategy, and a generic character after a boundary
    /// word (引进|大项目) names no works.
    @Test func positionsAndBigProjectsAreNoNames() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县围绕湘南门户战略地位，坚定不移引进大项目。")
        #expect(names.isEmpty, "found \(names)")
    }
}
