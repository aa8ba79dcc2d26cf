import Testing
import TupuRecognizer

/// Names in news of straw burning banned and patrolled: teams named only by the ban they enforce
/// (秸秆禁烧小分队, 秸秆禁烧工作专项督查组) are kinds; an inspection group named by its place
/// (宁远县秸秆禁烧监察组, 县第二督导组) is a body. Fresh sentences.
@Suite struct StrawBurningTests {
    @Test func teamsNamedByTheBanAreKinds() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县各村成立秸秆禁烧小分队,联合成立秸秆禁烧工作专项督查组。")
    }

    @Test func anInspectionGroupNamedByItsPlaceIsABody() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县秸秆禁烧监察组]深入[Place:湾井镇]检查,[Institution:县第二督导组]随行。"))
    }
}
