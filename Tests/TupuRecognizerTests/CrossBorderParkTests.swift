import Testing
import TupuRecognizer

/// Names in news of cross-border e-commerce parks: cross-border trade and the services a park offers it are
/// generic (跨境电商孵化培训中心), and so is a park's works named by its sector alone (跨境电商产业园项目); 布局 is a
/// boundary word; 项目组 is a project's team, no works; towns of a trade (物流城) are places. Fresh sentences.
@Suite struct CrossBorderParkTests {
    @Test func crossBorderServicesAndSectorParksAreKinds() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县布局跨境电商孵化培训中心、跨境运营服务中心。")
        recognizer.expectNamesNothingButTheCounty(in: "宁远县首个跨境电商产业园项目开工。")
    }

    @Test func aProjectsTeamIsNoWorks() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县现代物流城指挥部]项目组副组长出席。"))
        #expect(!recognizer.recognize("宁远县现代物流城指挥部项目组副组长出席。").mentions.contains { $0.type == .project })
    }

    @Test func aTownOfATradeIsAPlace() {
        recognizer.expectFinds(MarkedSentence("[Place:永州现代物流城]建设加快。"))
    }
}
