import Testing
import TupuRecognizer

/// Names in news of culture tours and plays sent to villages: tours named by their quoted campaign,
/// troupes, and the shows and squares that name nothing. Fresh sentences.
@Suite struct CultureTourTests {
    static let cases: [MarkedSentence] = [
        // A performance is a programme by the quoted campaign it tours, over kinds of activity.
        MarkedSentence("[Place:宁远县][Programme:送戏下乡惠民文艺演出|“送戏下乡”惠民文艺演出]深入各乡镇。"),
        MarkedSentence("[Programme:舜乡文化行惠民演出|“舜乡文化行”惠民演出]走进[Place:宁远县][Place:湾井镇]。"),
        // A troupe (文工团, 乐团).
        MarkedSentence("[Institution:宁远县花鼓戏文工团]到[Place:下灌村]演出,[Institution:永州市民族乐团]同台献艺。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Shows not named by a campaign (精彩演出, 观看演出) and a square named by its users (村民广场) name nothing.
    @Test func showsAndVillagersSquaresNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县演员们的精彩演出赢得掌声,众多村民兴致勃勃地观看演出,群众广场和村民广场座无虚席。")
        #expect(names == [], "found \(names)")
    }
}
