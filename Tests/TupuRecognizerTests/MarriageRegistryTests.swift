import Testing
import TupuRecognizer

/// Names in news of marriage registries: a thing named by its kind alone right after a demonstrative
/// (这一综合性婚姻服务综合体, 该项|目…) is pointed at, not named, though one with a place of its own is
/// named (这一宁远县人民医院综合楼). Fresh sentences.
@Suite struct MarriageRegistryTests {
    @Test func aKindAfterADemonstrativeIsPointedAt() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县这一综合性婚姻服务综合体的落成,方便了群众。")
        recognizer.expectNamesNothingButTheCounty(in: "宁远县该项目南片区规划建设商业街。")
    }

    @Test func aThingWithAPlaceAfterADemonstrativeIsNamed() {
        recognizer.expectFinds(MarkedSentence("这一[Project:宁远县人民医院综合楼]的落成方便了群众。"))
    }
}
