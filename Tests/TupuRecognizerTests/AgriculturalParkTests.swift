import Testing
import TupuRecognizer

/// Names in news of modern agricultural parks: parks named by their place, a national body's general
/// office, plans cited by a title holding a quotation, a creation drive's list, and townships counted
/// after a preposition. Fresh sentences.
@Suite struct AgriculturalParkTests {
    static let cases: [MarkedSentence] = [
        // A park is named by its place, however generic its other words.
        MarkedSentence("[Project:宁远县现代农业产业园]入选创建名单。"),
        // A national body's general office is named with the body; a creation drive before its list is named.
        MarkedSentence("《[Institution:农业农村部办公厅] [Institution:财政部办公厅]关于开展[Programme:国家现代农业产业园创建]工作的通知》"),
        MarkedSentence("[Institution:农业农村部]公布了[Programme:国家现代农业产业园创建]名单。"),
        // A plan cited by a title that holds a quotation is named whole.
        MarkedSentence("根据《[Programme:永州市推进农业农村现代化十四五规划]》要求。"),
        // A preposition before the first item of a counted list is no part of it.
        MarkedSentence("将[Place:东岭]、[Place:西岭]等两个乡镇作为创建区域。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A township unique in the country that begins inside a word (示|范村镇) is no mention.
    @Test func aTownshipInsideAWordIsNoPlace() {
        let names = recognizer.recognize("全国示范村镇144个。").mentions.map(\.name)
        #expect(names.isEmpty, "found \(names)")
    }
}
