import Testing
import TupuRecognizer

/// Names in news of laying hens: a 项目 of demonstration and promotion (《…示范与推广》项目) runs and
/// builds nothing, so it is a programme; a bare academy of animal or forest science (市畜科院) is a
/// body; a body's word for itself (我中心, 本公司) begins no name. Fresh sentences.
@Suite struct LayingHenTests {
    @Test func aPromotionsProjectIsAProgramme() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县][Place:湾井镇]全面启动实施了[Programme:宁远湾井镇土鸡示范与推广项目|《宁远湾井镇土鸡示范与推广》项目]。"))
    }

    @Test func aBareAcademyOfAnimalScienceIsABody() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]通过[Institution:市畜科院]牵头推广土鸡。"))
    }

    @Test func aBodysWordForItselfBeginsNoName() {
        recognizer.expectFinds(MarkedSentence("我中心[Institution:舜源土鸡养殖专业合作社]的基地在[Place:宁远县]动工。"))
    }
}
