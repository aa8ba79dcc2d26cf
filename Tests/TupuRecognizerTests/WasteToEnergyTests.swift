import Testing
import TupuRecognizer

/// Names in news of waste-to-energy plants: the verbs of waste works (焚烧, 焚化, 拆解, 报废) stand
/// inside a works' name as 处理 does, and the party to an agreement or a works (签约方, 承建方, 乙方)
/// is said before a company's name, not part of it. Fresh sentences.
@Suite struct WasteToEnergyTests {
    @Test func wasteWorksVerbsStandInsideAWorksName() {
        recognizer.expectFinds(MarkedSentence("[Project:宁远县生活垃圾焚烧发电项目]在湾井镇开工。"))
        recognizer.expectFinds(MarkedSentence("[Project:宁远县报废汽车回收拆解项目]投产。"))
    }

    @Test func aPartyToAnAgreementIsNoPartOfTheCompanysName() {
        recognizer.expectFinds(MarkedSentence("[Institution:县政府]与签约方[Institution:永州舜源环保有限公司]签订协议。"))
        recognizer.expectFinds(MarkedSentence("承建方[Institution:湖南建工集团有限公司]已进场施工。"))
    }

    @Test func aVerbOfBurningOutsideAWorksStillEndsNoName() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县严禁露天焚烧秸秆。")
    }
}
