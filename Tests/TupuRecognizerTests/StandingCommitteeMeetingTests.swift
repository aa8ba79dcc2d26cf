import Testing
import TupuRecognizer

/// Names in news of standing committees' and governments' meetings: projects a leader takes charge
/// of (包联项目, 领导包联重点项目) and a period's key projects (“十五五”时期重点项目) are classes, no
/// works. Fresh sentences.
@Suite struct StandingCommitteeMeetingTests {
    @Test func projectsInALeadersChargeOrOfAPeriodAreClasses() {
        let names = recognizer.namesBesidesTheCounty(
            in: "会议宣读了2026年县级领导包联重点项目名单，县级领导要深入各自包联项目，科学谋划“十五五”时期重点项目。")
        #expect(!names.contains { $0.hasSuffix("项目") }, "found \(names)")
    }
}
