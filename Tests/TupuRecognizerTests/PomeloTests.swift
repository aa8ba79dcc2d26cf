import Testing
import TupuRecognizer

/// Names in news of pomelo harvests: a credited source ends where the date a page writes after it
/// begins (来源:…新闻网|2023-09-25), and a place of a batch (湖南|首批特色小镇) is a title of a class,
/// no place. Fresh sentences.
@Suite struct PomeloTests {
    @Test func aCreditedSourceEndsBeforeItsDate() {
        let mentions = recognizer.recognize("宁远县蜜柚丰收\n来源:湘南新闻网2023-09-25 12:50:08|编辑:李明").mentions
        #expect(mentions.contains { $0.name == "湘南新闻网" } && !mentions.contains { $0.name.hasSuffix("2023") }, "\(mentions.map(\.name))")
    }

    @Test func aPlaceOfABatchIsNoPlace() {
        let mentions = recognizer.recognize("2018年,该镇列入湖南首批特色小镇培育名单。").mentions
        #expect(!mentions.contains { $0.name.contains("首批") } && mentions.contains { $0.name == "湖南" }, "\(mentions.map(\.name))")
    }
}
