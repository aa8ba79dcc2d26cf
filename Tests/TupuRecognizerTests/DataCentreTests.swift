import Testing
import TupuRecognizer

/// Names in news of data centres: 据 ending a noun (大数据) stays in a works' name, though 据 alone before a plan
/// says "as planned"; what a data park's centres do (大数据运营, 信息化展示) and the electromechanical parts of a
/// building's works (机电) are generic; 开启 launches a quoted drive; a quoted slogan of several parts before the
/// kind of drive names it (‘…、…’行动); a great river's name before 湖 begins a lake's. Fresh sentences.
@Suite struct DataCentreTests {
    @Test func bigDataStaysInAWorksName() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]的[Project:舜源大数据产业园]开工。"))
    }

    @Test func dataCentresKindsAndBuildingPartsAreGeneric() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县将建设大数据运营中心和信息化展示中心。")
        recognizer.expectNamesNothingButTheCounty(in: "宁远县正在进行机电配套工程施工。")
    }

    @Test func quotedDrivesLaunchedOrNamedBySloganParts() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]开启“[Programme:智慧宁远]”新时代。"))
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]深入贯彻[Programme:学思践悟、担当作为行动|‘学思践悟、担当作为’行动]部署要求。"))
    }

    @Test func aRiversNameBeforeALakesHeadIsNoRiver() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县游客来到湘江湖观光。")
    }
}
