import Testing
import TupuRecognizer

/// Names in news of dilapidated bridges: works and drives on dilapidated bridges as such, their
/// strengthening and guard works (危桥加固改造, 安全防护工程, 危桥改造行动) are kinds, while a bridge
/// named by its place keeps its works named (舜河大桥加固改造工程). Fresh sentences.
@Suite struct DilapidatedBridgeTests {
    @Test func worksOnDilapidatedBridgesAsSuchAreKinds() {
        for text in ["县交通运输局推进危桥加固改造，实施安全防护工程。", "全县开展危桥改造行动。"] {
            let mentions = recognizer.recognize(text).mentions
            #expect(!mentions.contains { $0.type == .project || $0.type == .programme }, "\(text): found \(mentions.map(\.name))")
        }
    }

    @Test func aNamedBridgesWorksStayNamed() {
        let names = recognizer.recognize("宁远县舜河大桥加固改造工程开工。").mentions.filter { $0.type == .project }.map(\.name)
        #expect(names == ["宁远县舜河大桥加固改造工程"], "found \(names)")
    }
}
