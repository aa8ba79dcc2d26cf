import Testing
import TupuRecognizer

/// Names in news of cement clinker lines: the works of a line counted by 条 (又一条…生产线项目) is a kind;
/// 联合 right after a province's short form is part of a company's name (湖南联合水泥有限公司), though it
/// still ends what stands before it elsewhere (县公安局联合…); 十一五 is a programme. Fresh sentences.
@Suite struct CementPlantTests {
    @Test func theWorksOfACountedLineIsAKind() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县又一条日产5000吨水泥熟料生产线项目获批。")
    }

    @Test func unitedAfterAProvincesShortFormIsPartOfACompanysName() {
        recognizer.expectFinds(MarkedSentence("[Institution:湖南联合水泥有限公司]完成技改。[Institution:县公安局]联合[Institution:县市场监管局]开展检查。"))
    }

    @Test func theEleventhFiveYearPlanIsAProgramme() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]在“[Programme:十一五]”期内建成水泥基地。"))
    }
}
