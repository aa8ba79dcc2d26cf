import Testing
import TupuRecognizer

/// Names in news of sorghum: a school's kind after a verb of attending it (供孩子读大学, 考高中) is a
/// stage of schooling, no school; a school named by its place is still one (考上了湖南大学). Fresh sentences.
@Suite struct SorghumTests {
    @Test func attendingAKindOfSchoolNamesNoSchool() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县种粮大户供孩子读大学,女儿今年考高中。")
    }

    @Test func aNamedSchoolAfterTheVerbIsStillASchool() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]一名学生考上了[Institution:湖南大学]。"))
    }
}
