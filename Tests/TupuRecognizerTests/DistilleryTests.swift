import Testing
import TupuRecognizer

/// Names in news of liquor distilleries: a limited company's full name ends before what it makes
/// (…有限公司|制酒车间, though 公司制 is a word); workshops (作坊) are bodies; verbs of merging end what
/// stands before a body (合并成|…); a works naming the processing of a product alone (白酒加工建设项目) is
/// a kind. Fresh sentences.
@Suite struct DistilleryTests {
    @Test func aLimitedCompanyEndsBeforeWhatItMakes() {
        recognizer.expectFinds(MarkedSentence("位于[Place:湾井镇][Place:下灌村]的[Institution:湖南舜源酱酒有限公司]制酒车间里，工人加紧生产。"))
    }

    @Test func workshopsMergedIntoACompanyAreBodies() {
        recognizer.expectFinds(MarkedSentence("[Institution:九嶷酒作坊]与[Institution:舜源酿酒作坊]合并成[Institution:湖南九嶷酒业有限公司]。"))
    }

    @Test func theProcessingOfAProductAloneIsAKind() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县正在建设的茶叶加工建设项目进展顺利。")
    }
}
