import Testing
import TupuRecognizer

/// Names in news of works repaired after floods: works named by their damage (水毁工程, 水毁水利工程) are kinds,
/// and so are works a repairing verb acts on (群众出资修复水毁工程); a verb of clearing a road begins no street
/// (抢通|断交路段) and stretches counted (中断路段12处) are no street; a county's many roads (宁远县大量农村公路) are a class. Fresh sentences.
@Suite struct FloodRepairTests {
    @Test func worksNamedByTheirDamageAreKinds() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县修复水毁工程320处,重点水毁水利工程已修复完成,灾毁道路全部抢通。")
    }

    @Test func worksARepairingVerbActsOnAreAKind() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县发动村民投工投劳维修水毁工程,群众出资修复水毁工程。")
    }

    @Test func aVerbOfClearingBeginsNoStreet() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县已抢通断交路段56处,修通中断路段12处。")
    }

    @Test func aCountysManyRoadsAreAClass() {
        recognizer.expectNamesNothingButTheCounty(in: "暴雨造成宁远县大量农村公路被毁,大批公路中断。")
    }
}
