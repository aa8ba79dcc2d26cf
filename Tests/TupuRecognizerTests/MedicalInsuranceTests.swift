import Testing
import TupuRecognizer

/// Names in news of medical insurance explained to villagers: activities on policies and insurance
/// (医保政策入户宣传活动) are kinds; a policy is named by a count or a quotation before it, not by a numeral
/// that means many or none (更多群众, “零距离”了解…政策); a county's insurance office (县医保办) is a body; an
/// outlet's dateline with a colon before its reporter (云上宁远报道:(通讯员…) credits the outlet. Fresh sentences.
@Suite struct MedicalInsuranceTests {
    @Test func activitiesOnPoliciesAreKinds() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县开展医保政策入户宣传活动,通过多种方式宣传医保政策,让更多群众享受医保政策,让群众“零距离”了解医疗保险政策。")
    }

    @Test func aQuotedPolicyIsNamed() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]落实[Programme:三免一补政策|“三免一补”政策]。"))
    }

    @Test func aCountysInsuranceOfficeIsABody() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]召开会议,我[Institution:县医保办]开展宣传。"))
    }

    @Test func aDatelineWithAColonCreditsItsOutlet() {
        recognizer.expectFinds(MarkedSentence("[Institution:云上宁远]报道:(通讯员 李明)近日,[Place:湾井镇]开展医保宣传。"))
    }
}
