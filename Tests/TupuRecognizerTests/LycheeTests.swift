import Testing
import TupuRecognizer

/// Names in news of lychees: a township of a county named in the document, written by its short form
/// right after the county or before 的 and one of its villages (会同地灵的石背村, 连山的宝照村), is that
/// township, and the village after it is named too; a quoted epithet (有“脐橙博物馆”的美誉) is no
/// entity; a magazine's office (…杂志社) is an institution. Fresh sentences.
@Suite struct LycheeTests {
    @Test func aTownshipsShortFormAfterItsCountyIsTheTownship() {
        recognizer.expectFinds(MarkedSentence("[Place:会同县]的老村很多,如会同[Place:地灵]的[Place:石背村],历史悠久。"))
    }

    @Test func aTownshipsShortFormBeforeOneOfItsVillagesIsTheTownship() {
        recognizer.expectFinds(MarkedSentence("[Place:会同县]的老村很多,[Place:连山]的[Place:宝照村]就是一个。"))
    }

    @Test func aShortFormBeforeAListMarkIsLeftToTheList() {
        let names = recognizer.recognize("宁远县湾井、冷水邻里中心建成。").mentions.map(\.name)
        #expect(!names.contains("湾井镇"), "\(names)")
    }

    @Test func aQuotedEpithetIsNoEntity() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县有“脐橙博物馆”的美誉。")
    }

    @Test func aMagazinesOfficeIsAnInstitution() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]接待[Institution:中国农村杂志社]记者。"))
    }
}
