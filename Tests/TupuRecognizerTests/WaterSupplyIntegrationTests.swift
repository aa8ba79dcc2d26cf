import Testing
import TupuRecognizer

/// Names in news of urban–rural water supply integration: the plan as first set (原计划) and branch mains
/// (支线管网工程) name nothing. Fresh sentences.
@Suite struct WaterSupplyIntegrationTests {
    @Test func theFirstPlanAndBranchMainsNameNothing() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县已超额完成一期工程原计划进度，支线管网工程已完成420公里。")
    }
}
