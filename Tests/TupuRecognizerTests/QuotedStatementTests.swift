import Testing
import TupuRecognizer

/// Quotations in news of veterans' service stations that are no names: a title won from a giver
/// written between the honour word and the title (获长沙市“十佳…”), a quoted figure or slogan that counts
/// units (“全省已建成120多个…中心”, “建强千家…书屋”), and a headline quoted before 新闻, whose names are
/// found as in plain text; an event for an anniversary is named with the verb that marks it. Fresh sentences.
@Suite struct QuotedStatementTests {
    @Test func aTitleWonFromAGiverIsNoBody() {
        let names = recognizer.recognize("李家村文化服务站获长沙市“十佳文化服务站”。").mentions.map(\.name)
        #expect(!names.contains("十佳文化服务站"), "found \(names)")
        #expect(names.contains("长沙市"), "found \(names)")
    }

    @Test func aQuotedNameCaughtIsStillOne() {
        let names = recognizer.recognize("警方破获“诚信服务中心”诈骗案。").mentions.map(\.name)
        #expect(names.contains("诚信服务中心"), "found \(names)")
    }

    @Test func aQuotedFigureOrSloganThatCountsUnitsIsNoBody() {
        for text in ["通报指出“全省已建成120多个便民服务中心”。", "倡议“建强千家红色书屋”。"] {
            let mentions = recognizer.recognize(text).mentions
            #expect(!mentions.contains { $0.type == .institution }, "\(text): found \(mentions.map(\.name))")
        }
    }

    @Test func aQuotedHeadlineHoldsNamesAsPlainTextDoes() {
        let mentions = recognizer.recognize("电视台播发了“宁远县文化馆举办迎新春书画展”新闻。").mentions
        #expect(mentions.contains { $0.type == .institution && $0.name == "宁远县文化馆" }, "found \(mentions.map(\.name))")
        #expect(!mentions.contains { $0.name.contains("举办") }, "found \(mentions.map(\.name))")
    }

    @Test func anAnniversaryEventKeepsItsVerb() {
        let names = recognizer.recognize("学校开展喜迎建校50周年系列活动。").mentions.map(\.name)
        #expect(names.contains("喜迎建校50周年系列活动"), "found \(names)")
    }
}
