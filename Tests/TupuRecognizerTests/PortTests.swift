import Testing
import TupuRecognizer

/// Names in news of ports and wharves: a port of entry (口岸) is a place, a national group's numbered
/// bureau (中建八局, 中交二航局) is a body, a lot numbered in Roman numerals (Ⅱ标段) stays in its works'
/// name, and neither 内河 (inland waters) nor 海河 before 联运 is a river. Fresh sentences.
@Suite struct PortTests {
    @Test func aPortOfEntryIsAPlace() {
        let names = recognizer.namesBesidesTheCounty(in: "交通运输部宣布湖南永州港口岸正式对外开放。")
        #expect(names.contains("湖南永州港口岸") || names.contains("永州港口岸"), "found \(names)")
    }

    @Test func aGroupsNumberedBureauIsABody() {
        let names = recognizer.namesBesidesTheCounty(in: "该项目由中建五局承建,中交三航局负责码头施工,其中三局比赛已结束。")
        #expect(names.contains("中建五局"), "found \(names)")
        #expect(names.contains("中交三航局"), "found \(names)")
        #expect(!names.contains { $0.hasPrefix("中三") || $0.hasPrefix("其中") }, "found \(names)")
    }

    @Test func aLotInRomanNumeralsStaysInTheWorksName() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县舜陵码头Ⅱ标段工程开工。")
        #expect(names.contains("宁远县舜陵码头Ⅱ标段工程") || names.contains("舜陵码头Ⅱ标段工程"), "found \(names)")
    }

    @Test func inlandWatersAndSeaRiverCarriageNameNoRiver() {
        let names = recognizer.namesBesidesTheCounty(in: "永州内河港一期工程建成后,位于永州内河港的码头可实现海河联运。")
        #expect(!names.contains("内河"), "found \(names)")
        #expect(!names.contains("海河"), "found \(names)")
    }
}
