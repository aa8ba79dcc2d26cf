import Testing
import TupuRecognizer

/// Names in news of Sichuan pepper (a second batch): a port named by its city's short form (宁波|港),
/// the Qinba mountains as a great region, and 林业部 among the former ministries. Fresh sentences.
@Suite struct CityPortTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("满载花椒的集装箱从[Place:宁波港]装船出海。"),
        MarkedSentence("这里地处[Place:秦巴山]腹地，山高坡陡。"),
        MarkedSentence("1995年被[Institution:林业部]列为经济林基地。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// 港 after a city's full name (永州市|港长制) or beginning a word (宁波|港口) makes no port.
    @Test(arguments: ["永州市港长制全面推行。", "宁波港口吞吐量再创新高。"])
    func noPortWithoutItsShortForm(_ text: String) {
        let names = recognizer.recognize(text).mentions.map(\.name)
        #expect(!names.contains { $0.hasSuffix("港") }, "found \(names)")
    }
}
