import Testing
import TupuRecognizer

/// Names in news of chestnuts: a county's or prefecture's short form between a direction and 村 is in
/// a village's name (西张家口村, 南京村), not that division, though one before 村民 stays the division;
/// and a quoted way of working that a town sings well (唱好“股份合作三步曲”) is launched, a programme. Fresh sentences.
@Suite struct ChestnutTests {
    @Test func aShortFormInsideAVillagesNameIsNoDivision() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县西张家口村的板栗喜获丰收。")
    }

    @Test func aShortFormBeforeVillagersIsStillTheDivision() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]板栗销往[Place:永州]村民家中。"))
    }

    @Test func aQuotedWaySungWellIsAProgramme() {
        recognizer.expectFinds(MarkedSentence("[Place:湾井镇]唱好[Programme:股份合作三步曲|“股份合作三步曲”],带动栗农增收。"))
    }
}
