import Testing
import TupuLinker
import TupuRecognizer

private let recognizer = Recognizer()
private let linker = Linker()

private func entities(in text: String) -> [Entity] {
    linker.link(recognizer.recognize(text), name: "t.txt").entities
}

/// A day observed each year and the activities held for it are one occasion, and a Red Cross
/// society written 红会 for short is the society.
@Suite struct ObservedDayTests {
    @Test func activitiesHeldForADayAreTheDay() {
        let found = entities(in: "宁远县开展纪念“世界献血者日”活动。湾井镇也开展世界献血者日宣传活动。").filter { $0.type == .programme }
        #expect(found.count == 1, "\(found.map(\.name))")
        #expect(found.first.map { Set([$0.name] + $0.aliases) } == ["纪念世界献血者日活动", "世界献血者日宣传活动"], "\(found)")
    }

    @Test func aRedCrossSocietyWrittenShortIsTheSociety() {
        let found = entities(in: "宁远县红十字会组织义诊。县红会另派专人到湾井镇。").filter { $0.type == .institution }
        #expect(found.map(\.name) == ["宁远县红十字会"], "\(found.map(\.name))")
    }
}

extension ObservedDayTests {
    @Test func anActivityDoingSomethingOnADayIsTheDay() {
        let found = entities(in: "湾井镇举行中华慈善日爱心捐款活动。“中华慈善日”活动主题是助力乡村振兴。").filter { $0.type == .programme && $0.name.contains("慈善") }
        #expect(found.count == 1, "\(found.map(\.name))")
    }
}
