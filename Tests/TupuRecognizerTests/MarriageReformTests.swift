import Testing
import TupuRecognizer

/// Names in news of marriage-custom reform: a special campaign of rectification (专项治理), a reform
/// after the verb that carries it out (推行), and a great mountain range after a region's name, which a
/// prefecture's short form inside it does not take (晋西|吕梁山), while a county's name that runs into a
/// mountain's first character still makes no mountain (永泰|山茶油).
/// Fresh sentences.
@Suite struct MarriageReformTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:宁远县]积极开展[Programme:农村高额彩礼专项治理]。"),
        MarkedSentence("[Place:宁远县]几年前刚推行[Programme:婚俗改革]。"),
        MarkedSentence("[Place:宁远县]人在湘西[Place:雪峰山]腹地务工。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func aCountyRunningIntoAMountainsFirstCharacterMakesNoMountain() {
        let names = recognizer.recognize("福建永泰山茶油畅销。").mentions.map(\.name)
        #expect(!names.contains("泰山"), "\(names)")
    }
}
