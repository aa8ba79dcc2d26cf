import Testing
import TupuRecognizer

/// Names in library and reading news: reading campaigns named by a place (书香宁远), the national
/// system of main and branch libraries, a village's branch library, and counted activities.
/// Fresh sentences.
@Suite struct LibraryNewsTests {
    static let cases: [MarkedSentence] = [
        // A reading campaign named by its place; the national system of main and branch libraries.
        MarkedSentence("[Place:宁远县]建设[Programme:书香宁远]，推进县级[Programme:图书馆总分馆制]建设。"),
        // A village's branch library.
        MarkedSentence("[Institution:宁远县图书馆]在[Place:湾井镇]建立[Institution:下灌村分馆]。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Counted activities (50余场阅读推广活动), kinds of activity (送书活动) and the libraries' system
    /// (图书馆总分馆) are no names.
    @Test func countedActivitiesAndSystemsAreNoNames() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县举办50余场阅读推广活动，开展送书活动，推进图书馆总分馆、城市书房建设。")
        #expect(names.isEmpty, "found \(names)")
    }
}
