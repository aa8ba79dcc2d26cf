import Testing
import TupuRecognizer

/// Names in news of environmental inspection and its follow-up: quarries and works of stone and sand
/// (…砂石料厂, …石厂) are bodies; the central inspection under its long and short names (中央生态环境保护督察,
/// 中央环保督察) is a national programme; a ministry's regional bureau (生态环境部华南督察局) is one body; an
/// autonomous county whose short form cuts its name is found by the whole name before its nationalities
/// (塔什库尔干县); technical renovation, a region's plans and recycling works are kinds. Fresh sentences.
@Suite struct EnvironmentalInspectionTests {
    @Test func quarriesAndStoneWorksAreBodies() {
        recognizer.expectFinds(MarkedSentence("督导组深入[Institution:湾井镇鑫源砂石料厂]、[Institution:天堂镇大岭石厂]等整改现场。"))
    }

    @Test func theCentralInspectionIsANationalProgramme() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]推进[Programme:中央生态环境保护督察]反馈问题整改,[Programme:中央环保督察]交办件全部办结。"))
    }

    @Test func aMinistrysRegionalBureauIsOneBody() {
        recognizer.expectFinds(MarkedSentence("[Institution:生态环境部华南督察局]调研[Place:宁远县]。"))
    }

    @Test func anAutonomousCountyIsFoundByItsWholePlainName() {
        recognizer.expectFinds(MarkedSentence("[Place:塔什库尔干县]召开会议。"))
    }

    @Test func renovationRegionalPlansAndRecyclingWorksAreKinds() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县加快技术改造项目设施建设,列入国家、自治区投资建设计划,新改建污水处理设施和污水再生利用工程。")
    }
}
