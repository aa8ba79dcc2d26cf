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

    @Test func aPortsDistrictAndOperatingAreaAreNamedEachOnItsOwn() {
        let names = recognizer.namesBesidesTheCounty(in: "码头位于永州港舜皇港区下灌作业区,将进一步完善下灌作业区港口功能。")
        #expect(names.contains("永州港"), "found \(names)")
        #expect(names.contains("舜皇港区"), "found \(names)")
        #expect(names.contains("下灌作业区"), "found \(names)")
        #expect(!names.contains { $0.hasPrefix("完善") }, "found \(names)")
    }

    @Test func numberedBerthsAndWorksJoinedByJiStayInOneName() {
        let names = recognizer.namesBesidesTheCounty(in: "下灌作业区3-5号泊位工程开工。宁远县舜水码头暨航道整治工程通过验收。")
        #expect(names.contains("下灌作业区3-5号泊位工程"), "found \(names)")
        #expect(names.contains("宁远县舜水码头暨航道整治工程"), "found \(names)")
    }

    @Test func aLogisticsParkIsAWorks() {
        let document = recognizer.recognize("项目位于宁远县九嶷国际物流园内。")
        #expect(document.mentions.contains { $0.type == .project && $0.name.hasSuffix("九嶷国际物流园") }, "found \(document.mentions.map(\.name))")
    }
}
