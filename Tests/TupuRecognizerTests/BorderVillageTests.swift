import Testing
import TupuRecognizer

/// Names in news of border villages: an autonomous prefecture's bare 州 before a body's head is the
/// prefecture's level word; a function character that begins a place begins no clause; well-off and border villages are kinds; a quoted policy before 的要求 is a
/// programme; a railway named by the places it joins is a place. Fresh sentences.
@Suite struct BorderVillageTests {
    @Test func aBarePrefectureLevelWordBeginsABody() {
        recognizer.expectFinds(MarkedSentence("[Place:湘西州]今年建成12个示范村，[Institution:州融媒体中心]开设专栏。"))
    }

    /// A function character that begins a place after another (河源市|和平县) begins no clause: the works
    /// is named with both.
    @Test func aFunctionCharacterBeginningAPlaceBeginsNoClause() {
        recognizer.expectFinds(MarkedSentence("[Project:河源市和平县人民医院扩建项目]开工。"))
    }

    @Test func wellOffAndBorderVillagesAreKinds() {
        let names = recognizer.namesBesidesTheCounty(in: "全州打造边境小康村，建设现代化小康村10个，边境村面貌一新。")
        #expect(names.isEmpty, "found \(names)")
    }

    @Test func aQuotedPolicyBeforeItsRequirementIsAProgramme() {
        recognizer.expectFinds(MarkedSentence("按照“[Programme:多规合一]”的要求，[Place:宁远县]以一村一方案推进示范村建设。"))
    }

    @Test func aRailwayNamedByItsPlacesIsAPlace() {
        recognizer.expectFinds(MarkedSentence("[Place:湘黔铁路]穿城而过，[Place:宁远县]加快高速铁路建设。"))
        #expect(!recognizer.namesBesidesTheCounty(in: "宁远县加快高速铁路建设。").contains { $0.hasSuffix("铁路") })
    }
}
