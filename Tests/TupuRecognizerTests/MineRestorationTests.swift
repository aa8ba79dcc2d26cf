import Testing
import TupuRecognizer

/// Names in news of abandoned mines restored: a verb that says the state of the thing after it, as an
/// adjective does (废弃|采石场, 废弃|矿山), stays in a works' name, after a place too; works of 工程 counted
/// by theirs (18个…复绿工程) are a class, though not the count of a list's items (A、B等6个…工程); a
/// department after 该县 with a topic jieba reads as an adverb (该县|自然资源局) is the county's. Fresh sentences.
@Suite struct MineRestorationTests {
    @Test func aVerbOfStateStaysInTheWorksName() {
        for (text, name) in [("湾井镇废弃采石场复绿工程完工。", "湾井镇废弃采石场复绿工程"), ("宁远县废弃矿山生态修复项目开工。", "宁远县废弃矿山生态修复项目")] {
            let names = recognizer.recognize(text).mentions.filter { $0.type == .project }.map(\.name)
            #expect(names == [name], "\(text): found \(names)")
        }
    }

    @Test func aVerbDoneToTheWorksStaysOut() {
        let names = recognizer.recognize("企业废弃了矿山治理项目。").mentions.map(\.name)
        #expect(!names.contains { $0.contains("废弃") }, "found \(names)")
    }

    @Test func worksCountedByTheirOwnCountAreAClass() {
        let mentions = recognizer.recognize("全市18个废弃矿山复绿工程全部完工。").mentions
        #expect(!mentions.contains { $0.type == .project || $0.type == .programme }, "found \(mentions.map(\.name))")
    }

    @Test func theCountOfAListsItemsMakesNoClass() {
        let mentions = recognizer.recognize("张家水库、李家水库等6个饮用水源地保护工程顺利推进。").mentions
        #expect(mentions.contains { $0.type == .project && $0.name.hasSuffix("饮用水源地保护工程") }, "found \(mentions.map(\.name))")
    }

    @Test func aDepartmentAfterThePointedCountyIsTheCountys() {
        let mentions = recognizer.recognize("宁远县召开会议。该县自然资源局负责监管。").mentions
        // The mention is the bare department (县自然资源局); linking names it with the county.
        #expect(mentions.contains { $0.type == .institution && $0.name == "县自然资源局" }, "found \(mentions.map(\.name))")
    }
}
