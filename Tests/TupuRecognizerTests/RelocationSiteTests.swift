import Testing
import TupuRecognizer

/// Names in news of relocation sites and the work they bring: townships written as the towns they
/// were and ethnic townships by their plain short forms, hamlets (屯) after their township, counts of
/// people before a division's name, bodies of two levels, a national programme inside a body's name,
/// counts of ones as slogans, 配建 and a lone 建 as boundaries, and 的 keeping no character after it.
/// Fresh sentences.
@Suite struct RelocationSiteTests {
    /// A sub-district written as the town it was (舜陵镇 for 舜陵街道) takes that name, its short form too.
    @Test func aSubDistrictWrittenAsTheTownItWasTakesThatName() {
        let mentions = recognizer.recognize("宁远县在舜陵、湾井等安置点配建扶贫车间，带动舜陵镇栗园等地群众增收。").mentions
        let named = mentions.filter { $0.surface.hasPrefix("舜陵") }.map { $0.division?.name }
        #expect(named == ["舜陵镇", "舜陵镇"], "found \(named)")
    }

    /// An ethnic township listed by its plain short form (九疑山 of 九疑山瑶族乡).
    @Test func ethnicTownshipsAreListedByTheirPlainShortForms() {
        let mentions = recognizer.recognize("宁远县加快建设九疑山、五龙山等5个肉牛基地。").mentions
        #expect(mentions.compactMap { $0.division?.name } == ["宁远县", "九疑山瑶族乡", "五龙山瑶族乡"], "found \(mentions.map(\.name))")
    }

    /// A hamlet (屯) right after its township is a place, though the data lacks it.
    @Test func aHamletAfterItsTownshipIsAPlace() {
        recognizer.expectFinds(MarkedSentence("原住[Place:湾井镇][Place:杨家屯]的群众搬进了新居。"))
        #expect(!recognizer.namesBesidesTheCounty(in: "宁远县湾井镇屯田面积扩大。").contains { $0.hasSuffix("屯") })
    }

    /// People counted before a division's name (3558名|山区) leave it to the count.
    @Test func peopleCountedBeforeADivisionsNameAreNoPlace() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县承接5县832户3558名山区群众搬迁。")
        #expect(names.isEmpty, "found \(names)")
    }

    /// Bodies of two levels at once (县乡|搬迁服务队) are a class, though 县乡村振兴局 is one bureau.
    @Test func bodiesOfTwoLevelsAreAClass() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县组建了县乡搬迁服务队，县乡村振兴局参与。")
        #expect(names == ["县乡村振兴局"], "found \(names)")
    }

    /// A national programme inside a body's name (永州市脱贫攻坚指挥部) is the body's.
    @Test func aNationalProgrammeInsideABodysNameIsTheBodys() {
        recognizer.expectFinds(MarkedSentence("据[Institution:永州市脱贫攻坚指挥部]通报，[Place:宁远县]进度排名前列。"))
        recognizer.expectFinds(MarkedSentence("[Institution:县脱贫攻坚指挥部]发布通报。"))
    }

    /// A count of ones (“六个一”) is a slogan's name.
    @Test func aCountOfOnesIsASlogan() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]强化“[Programme:六个一]”措施，扶贫搬迁工作进展顺利。"))
    }

    /// 配建 (built with it) and a lone 建 before a block begin no name; 的 keeps no character after it.
    @Test func builtWithAndLoneBuildingVerbsBeginNoName() {
        let names = recognizer.namesBesidesTheCounty(in: "依托集镇，建商业街区。在湾井等安置点配建标准化养殖场。引导安置点附近的轻工业园区企业招工。")
        #expect(!names.contains { $0.hasPrefix("建") || $0.hasPrefix("点") || $0.contains("的") }, "found \(names)")
    }
}
