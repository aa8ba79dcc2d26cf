import Testing
import TupuRecognizer

/// Names in news of township sewage works: a treatment plant named by its places alone, villages
/// listed before their count with the last joined by 和 and the first after a preposition, a township's
/// short form after one written in full and 和, a reprint's credit (转自), a company whose second
/// character is an adverb (、中都…); the separation of rain water and sewage as a kind. Fresh sentences.
@Suite struct SewageWorksTests {
    @Test func aPlantNamedByItsPlacesIsAWorks() {
        recognizer.expectFinds(MarkedSentence("[Project:宁远县湾井镇污水处理厂]主体完工，日处理污水5000吨。"))
    }

    @Test func aPlantOfNoPlaceIsAKind() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县建设污水处理厂，新建3座污水处理站。")
    }

    /// Separating rain water from sewage (雨污分流) is a kind of works.
    @Test func rainAndSewageSeparationIsAKind() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县部署雨污分流工程，实施雨污分流提质改造工程。")
    }

    @Test func villagesJoinedByAndBeforeTheirCountAreNamed() {
        recognizer.expectFinds(MarkedSentence("宁远县主要对[Place:东坪]、[Place:西岭]和[Place:南冲]三个村的生活污水进行收集。"))
    }

    @Test func aDepartmentsTopicIsNotSplitAtAnd() {
        let names = recognizer.recognize("宁远县创建人力资源和社会保障局等8个乡镇服务站。").mentions.map(\.name)
        #expect(!names.contains("人力资源") && !names.contains("社会保障局"), "\(names)")
    }

    @Test func aTownshipsShortFormAfterOneInFullIsNamed() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]项目涉及[Place:湾井镇]和[Place:冷水]2个乡镇。"))
    }

    @Test func aReprintsSourceIsNamed() {
        recognizer.expectFinds(MarkedSentence("本文转自:[Institution:舜乡视界]"))
    }

    @Test func aCompanyWhoseSecondCharacterIsAnAdverbIsNamedWhole() {
        recognizer.expectFinds(MarkedSentence("由[Institution:舜源建工集团有限公司]、[Institution:天都建设有限公司]承建。"))
    }
}
