import Testing
import TupuRecognizer

/// Names in news of longans: partners joined by an ampersand in a campaign's name (广西&河南…行动),
/// a site named after the township that follows where its produce is grown (…主产区|荷塘镇文化广场);
/// bodies of a sector or of daily life alone (农业发展公司, 生活超市) are kinds. Fresh sentences.
@Suite struct LonganTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("近日开展的“[Programme:湖南&广东电商助农行动]”带来订单。"),
        MarkedSentence("在龙眼主产区[Place:石鼓镇文化广场]举行嘉年华。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test(arguments: ["村里还有农业发展公司，方便群众。", "村里有了农贸市场和生活超市。"])
    func bodiesOfASectorAreKinds(_ text: String) {
        let names = recognizer.recognize(text).mentions.map(\.name)
        #expect(names.isEmpty, "found \(names)")
    }
}
