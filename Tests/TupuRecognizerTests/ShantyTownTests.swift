import Testing
import TupuRecognizer

/// Names in news of shanty-town renewal: renewals listed before a shared 棚改项目 are projects (A棚改、
/// B棚改等两个棚改项目), and what is no name: the kind of work itself (棚户区改造) and a work counted by a
/// classifier of things (一项惠民利民工程). Fresh sentences.
@Suite struct ShantyTownTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("计划实施城区零星棚改、[Project:湾井镇老街棚改项目|湾井镇老街棚改]等两个棚改项目。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func theKindOfWorkAndACountedWorkAreNoNames() {
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县坚持棚户区改造。").isEmpty)
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县保障性住房是一项惠民利民工程。").isEmpty)
    }
}
