import Testing
import TupuRecognizer

/// Names in veterans' and intangible-heritage news: veterans' bureaus and service stations,
/// national bodies, heritage workshops; heritage items, counted workshops, a month's first day
/// and a quoted thing built are no names. Fresh sentences.
@Suite struct VeteransHeritageTests {
    static let cases: [MarkedSentence] = [
        // A verb that qualifies the topic's noun (退役|军人) is part of a department's name.
        MarkedSentence("[Institution:湾井镇退役军人服务站]组织人员走访，[Institution:县退役军人事务局]联合[Institution:县人武部]送喜报。"),
        MarkedSentence("[Institution:中央人民政府]、[Institution:中国人民解放军]和[Institution:人力资源社会保障部]，据[Institution:中新网]报道。"),
        MarkedSentence("[Institution:宁远县舜源瑶绣非遗工坊]带动就业。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func heritageItemsCountedWorkshopsAndDatesAreNoNames() {
        let text = "宁远县建成120余家非遗工坊、8处共富工坊和5种工坊模式，涉及纺染织绣、食品制作等多类非遗项目和非遗代表性项目，"
            + "开展“八一”座谈会，“荣誉墙”建设过程中走访。"
        let names = recognizer.namesBesidesTheCounty(in: text)
        #expect(names.isEmpty, "found \(names)")
    }
}
