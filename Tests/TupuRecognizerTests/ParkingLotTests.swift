import Testing
import TupuRecognizer

/// Names in news of public parking lots: a zone's short form that many cities' zones share (经开区) names
/// the city's zone only outside a county's report. Fresh sentences.
@Suite struct ParkingLotTests {
    @Test func aSharedZoneFormInACountysReportIsNoCitysZone() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县加快发展,进一步优化经开区营商环境。")
    }

    @Test func aSharedZoneFormInACitysReportIsTheCitysZone() {
        recognizer.expectFinds(MarkedSentence("[Place:永州市]加快发展,进一步优化[Place:经开区]营商环境。"))
    }
}
