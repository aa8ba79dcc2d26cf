import Testing
import TupuRecognizer

/// Names in news of beef cattle: one company before 等 and the count of its class is named (and keeps
/// its place), a conjunction after that count begins a new item, and the words of a herd's farm, its
/// size, its chain and its plans name nothing. Fresh sentences.
@Suite struct BeefCattleTests {
    @Test func oneCompanyBeforeACountOfCompaniesIsNamed() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]邀请[Institution:九嶷肉业]等12家企业参加推介会。"))
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]以[Institution:湾井镇丰源粮贸]等4家仓储企业为载体。"))
    }

    @Test func aConjunctionAfterTheCountBeginsANewItem() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]邀请[Institution:九嶷肉业]等12家企业和[Institution:省农科院]参加。"))
    }

    @Test func kindsOfCompaniesAndFarmsNameNothing() {
        for text in ["宁远县引进龙头企业等12家企业落户。", "宁远县规模达百头以上的养牛小区有9个。", "宁远县通过建立产业联盟抱团发展。"] {
            recognizer.expectNamesNothingButTheCounty(in: text)
        }
    }

    @Test func passingOnExperienceNamesNoModel() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县邀请养牛能人、畜牧专家等传授经验。")
    }

    @Test func drawingUpAPlanNamesNoPlan() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县科学编制发展规划，稳步推进。")
    }

    @Test func aSayingThatSharesOutTheLandIsNoSlogan() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县是“七山一水二分田”的山区县。")
    }

    @Test func worksListedBySizeOrByStageAreKinds() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县实施千头肉牛育肥场、屠宰深加工等项目8个。")
    }
}
