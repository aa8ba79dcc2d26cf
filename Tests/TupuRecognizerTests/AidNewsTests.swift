import Testing
import TupuRecognizer

/// Names in news of hospital aid, schools, river works and county reports: the committees of the
/// democratic parties, newspapers on a credit line, quoted drives of aid and development,
/// autonomous counties by their short forms, and rivers. Fresh sentences.
@Suite struct AidNewsTests {
    static let cases: [MarkedSentence] = [
        // A democratic party's committee, and a department of one before a post.
        MarkedSentence("[Institution:民盟湖南省委员会]副主委、[Institution:农工党永州市委会社会服务处]处长到[Place:宁远县]调研。"),
        MarkedSentence("[Institution:九三学社中央]和[Institution:民建永州市委办公室]主任出席，[Institution:致公党]党员参加。"),
        // A newspaper on a credit line, its name of ordinary words and all.
        MarkedSentence("来源:[Institution:农村参考报] 时间:2024-05-02 [Place:宁远县]讯"),
        // An autonomous county by its short form and 县 or 自治县.
        MarkedSentence("[Place:江华县]和[Place:城步自治县]发展茶叶。"),
        // A short form that is also a common word, where two of its townships are named in full.
        MarkedSentence("[Place:丰乐乡]、[Place:新棉镇]种植茶叶，为[Place:石棉]的发展加油。"),
        // The great rivers by name; a river of one character with its basin or a stretch.
        MarkedSentence("[Place:宁远县]就[Place:舜河]流域治理，沿[Place:湘江]两岸，[Place:长江]、[Place:黄河]两岸。"),
        // A 工程 of a kindergarten or a canteen builds: a project, no programme.
        MarkedSentence("[Project:宁远县湾井镇中心幼儿园室内工程]全部完成。"),
        // A quoted drive of aid or development.
        MarkedSentence("[Institution:永州市中心医院]对[Institution:宁远县人民医院]开展[Programme:组团式帮扶|“组团式”帮扶]，推进“[Programme:城乡双融]”发展等工作。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Without the party's name the division's committee is its own (湖南省委); 民建 inside 村民建房 is
    /// no party; 本报 is the paper itself; the bodies a drive of aid serves are a class; a quoted
    /// concept before 发展 and its aim is no drive; a river's name can be a person's or a village's,
    /// and a kind of river (大河) is no name.
    @Test func lookalikesAreNotTheseNames() {
        let cases: [(text: String, unwanted: String)] = [
            ("湖南省委会议召开。", "湖南省委会"),
            ("宁远县村民建房审批。", "民建"),
            ("李明本报记者王芳报道。", "李明本报"),
            ("参加“组团式”帮扶县医院座谈会。", "组团式帮扶县医院"),
            ("补齐“三农”发展短板。", "三农"),
            // A great river's name as a person's in a list of people, and at the start of a division's.
            ("马超、黄河、刘冠群出席。", "黄河"),
            ("宁远县海河村建设。", "海河"),
            ("宁远县大河流域。", "大河"),
            // A village work team without its county is a kind of team.
            ("驻村工作队要结合群众需求。", "驻村工作队"),
            // Works named by their sector and parts only are a class.
            ("正在进行室外附属工程和外网工程建设，是教育重点项目。", "室外附属工程"),
            ("正在进行室外附属工程和外网工程建设，是教育重点项目。", "外网工程"),
            ("正在进行室外附属工程和外网工程建设，是教育重点项目。", "教育重点项目"),
        ]
        for (text, unwanted) in cases {
            let names = recognizer.namesBesidesTheCounty(in: text)
            #expect(!names.contains(unwanted), "\(text): found \(names)")
        }
    }
}
