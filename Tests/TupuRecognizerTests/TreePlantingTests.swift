import Testing
import TupuRecognizer

/// Names in news of voluntary tree planting: the nationwide duty is a programme (全民义务植树), a season's or a
/// unit's planting (春季义务植树活动, 植树造林活动) a kind; departments whose topic the word list tags as a verb
/// (县审计局, 县统计局, 县信访局) and the congress's and conference's offices (县人大办, 县政协办) are bodies. Fresh sentences.
@Suite struct TreePlantingTests {
    @Test func theNationwideDutyIsAProgramme() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]开展[Programme:全民义务植树|全民义务植树]活动。"))
    }

    @Test func aSeasonsPlantingIsAKind() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县开展春季义务植树活动,各单位参加义务植树活动和植树造林活动。")
    }

    @Test func departmentsWithVerbTopicsAreBodies() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]组织[Institution:县审计局]、[Institution:县统计局]、[Institution:县信访局]、[Institution:县人大办]、[Institution:县政协办]等单位参加。"))
    }
}
