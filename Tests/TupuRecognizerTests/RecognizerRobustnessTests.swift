import Testing
import TupuRecognizer
import TupuTestSupport

/// Random texts built from the pieces the rules look at (heads, level characters, list and
/// quotation marks, counts, places) in random order: the recognizer must never trap, and every
/// mention must be a well-formed span of the text.
private let recognizer = Recognizer()

@Suite struct RecognizerRobustnessTests {
    static let pieces = [
        "中国", "网", "-", "频道", "县", "委", "常委、", "、", "等", "“", "”", "（", "）", "(", ")", "《", "》", "项目", "工程",
        "模式", "制度", "党委政府", "村委会", "党支部", "宁远县", "宁远", "湾井镇", "永州市", "至", "及", "的", "12个", "2023年",
        "大", "成功", "创建", "建设", "改革", "医院", "行动", "部", "局", "政府", "a", "1", " ", "。", "，", "\n", "𠀀",
    ]

    @Test(arguments: 1...200)
    func randomTextsGiveWellFormedMentions(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let text = (0..<Int.random(in: 0...60, using: &random)).map { _ in
            Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &random)]
        }.joined()
        let scalars = Array(text.unicodeScalars)
        let document = recognizer.recognize(text)
        for mention in document.mentions {
            #expect(0 <= mention.start && mention.start < mention.end && mention.end <= scalars.count, "\(mention) in \(text)")
            #expect(mention.surface == String(String.UnicodeScalarView(scalars[mention.start..<mention.end])))
            #expect(!mention.name.isEmpty)
        }
    }
}
