import Testing
import TupuRecognizer

/// Names in news of water works, roads and bridges, and rural e-commerce: works said to be of
/// a class, editions of fairs, offices of townships, formulas of partners, rivers, roads and
/// bridges named as places. Fresh sentences, one rule each.
@Suite struct WorksNewsTests {
    static let cases: [MarkedSentence] = [
        // A class of works before a name (国家重点工程|…电站, 建设工程|…项目) is said of it.
        MarkedSentence("解决国家重点工程[Project:舜源水电站]用水，实施水土保持重点县建设工程[Project:舜源小流域治理项目]。"),
        // An edition begins a fair's name; a purchasing centre and a township's office are bodies.
        MarkedSentence("产品亮相[Programme:第十二届湖南农业博览会]，[Institution:县政府采购中心]发布公告，[Institution:湾井镇党政办]负责人介绍。"),
        // Rivers, bridges and roads named by ordinary words are places where the text uses them as
        // such: with a stretch (…城区段, …上游段), a side (…路上, …路边), a site after them, or in a list.
        MarkedSentence("对[Place:舜源河]城区段河道疏浚，[Place:冷水溪][Place:石门桥]上游段同步整治，[Place:东安桥]、[Place:西岭桥]在[Place:湘宁路]上，地处[Place:九嶷路]边。"),
        // 据 before a body is a preposition; 数据 ends a noun inside a name.
        MarkedSentence("据[Institution:湾井镇党政办]负责人介绍，[Project:大数据产业园项目]开工。"),
    ]

    /// 路上 after a common word is a way of speaking (致富路上); common words ending in a head are
    /// no sites (公路, 河道); a known programme that runs into a title (…示范县) is the title's.
    @Test func waysOfSpeakingAndTitlesAreNoSites() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县在致富路上奔跑，在幸福路上前进，修建公路、桥梁，沿着河边走，获评电子商务进农村综合示范县。")
        #expect(names.isEmpty, "found \(names)")
    }

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A body in a formula of partners (村委会+企业+合作社+农户) is a kind of partner, no body.
    @Test func aBodyInAFormulaIsNoBody() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县形成了“村委会+电商企业+合作社+农户”的合作模式。")
        #expect(names.isEmpty, "found \(names)")
    }
}
