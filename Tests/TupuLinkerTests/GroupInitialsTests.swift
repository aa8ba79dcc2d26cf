import Testing
import TupuLinker
import TupuRecognizer

private let recognizer = Recognizer()
private let linker = Linker()

/// A group is written short by the first characters of its words (中国电力建设集团, 中电建集团): a
/// subsidiary named with either form is one institution.
@Suite struct GroupInitialsTests {
    @Test func aSubsidiaryWrittenWithItsGroupsInitialsIsOneBody() {
        let text = "宁远县与中国电力建设集团湖南工程有限公司签约。中电建集团湖南工程有限公司负责人介绍了进展。"
        let found = linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .institution }
        #expect(found.count == 1 && found.first?.mentions.count == 2, "\(found.map(\.name))")
    }

    @Test func aGroupOfOtherWordsStaysApart() {
        let text = "宁远县与中国电力建设集团湖南工程有限公司签约。中国建设集团湖南工程有限公司负责人介绍了进展。"
        let found = linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .institution }
        #expect(found.count == 2, "\(found.map(\.name))")
    }
}
