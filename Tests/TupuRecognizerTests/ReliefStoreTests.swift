import Testing
import TupuRecognizer

/// Names in news of disaster-relief stores and universities for the elderly: the first item of a counted
/// list begins after 有 (校内有|老年艺术团、…); an outlet opens an item with 报道 and its reporter (云上宁远报道
/// (见习记者…)); a university of quality (优质老年大学), a standard school (规范学校) and one after 最后 are no names, nor a drive 创建 before
/// 于 (创建于1991年) or drills of many forms (不同形式演练活动); a county's relief store is a body
/// (宁远县救灾物资储备库), a store of a kind none (应急物资储备库). Fresh sentences.
@Suite struct ReliefStoreTests {
    @Test func aCountedListsFirstItemBeginsAfterThereIs() {
        let mentions = recognizer.recognize("校内有老年艺术团、体育协会和书法协会3个协会。").mentions
        #expect(mentions.contains { $0.type == .institution && $0.name == "老年艺术团" }, "found \(mentions.map(\.name))")
        #expect(!mentions.contains { $0.name.contains("有") }, "found \(mentions.map(\.name))")
    }

    @Test func anOutletReportsWithItsReporter() {
        let mentions = recognizer.recognize("云上宁远报道(见习记者李明)4月13日,我县老年大学举办开学典礼。").mentions
        #expect(mentions.contains { $0.type == .institution && $0.name == "云上宁远" }, "found \(mentions.map(\.name))")
    }

    @Test func descriptionsAndVerbsNameNothing() {
        for text in ["学校已经成为一所综合性的优质老年大学。", "宁远县按照规范学校建设要求配齐教室。", "最后学校“舜韵艺术团”表演了文艺节目。", "县老年大学创建于1991年。", "积极组织开展不同形式演练活动。"] {
            let mentions = recognizer.recognize(text).mentions
            #expect(!mentions.contains { $0.name.hasPrefix("优质") || $0.name.hasPrefix("规范") || $0.name.hasPrefix("最后") || $0.type == .programme },
                    "\(text): found \(mentions.map(\.name))")
        }
    }

    @Test func aCountysReliefStoreIsABodyAndAKindIsNone() {
        let mentions = recognizer.recognize("宁远县救灾物资储备库投入使用，各乡镇应急物资储备库物资充足。").mentions
        #expect(mentions.contains { $0.type == .institution && $0.name == "宁远县救灾物资储备库" }, "found \(mentions.map(\.name))")
        #expect(!mentions.contains { $0.name == "应急物资储备库" }, "found \(mentions.map(\.name))")
    }
}
