import Testing
import TupuRecognizer

/// Names in news of waterworks upgraded: works of each of a kind (各|农村水厂提标升级项目) are a class,
/// though one waterworks' works named by its place stay named. Fresh sentences.
@Suite struct WaterworksTests {
    @Test func worksOfEachOfAKindAreAClass() {
        let names = recognizer.namesBesidesTheCounty(in: "目前各农村水厂提标升级项目正加快推进,宁远县湾井水厂提质改造工程破土动工。")
        #expect(names == ["宁远县湾井水厂提质改造工程"], "found \(names)")
    }
}
