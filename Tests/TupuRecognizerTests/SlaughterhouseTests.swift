import Testing
import TupuRecognizer

/// Names in news of slaughterhouses: a slaughterhouse is a works named by its place, though a kind
/// counted or qualified only by its trade is none; an outlet that says what it learnt (据…网了解) is
/// credited; a locality named by its landform right after its township is a place; and works of
/// priority or design are kinds. Fresh sentences.
@Suite struct SlaughterhouseTests {
    @Test func aSlaughterhouseNamedByItsPlaceIsAWorks() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县在湾井镇、天堂镇设立屠宰场,改建的湾井生猪定点屠宰场将于明年投用。")
        #expect(names.contains("湾井生猪定点屠宰场"), "found \(names)")
    }

    @Test func slaughterhousesCountedOrOfATradeAreKinds() {
        let names = recognizer.namesBesidesTheCounty(in: "年出栏生猪100万头以下的县,原则上只设置1家生猪屠宰场;养殖大县,可设2家生猪屠宰场,全省创建50家标准化屠宰场。")
        #expect(names.isEmpty, "found \(names)")
    }

    @Test func anOutletSayingWhatItLearntIsCredited() {
        let names = recognizer.namesBesidesTheCounty(in: "据猪e网了解,宁远县新建生猪定点屠宰场。据湘南网获悉,该项目年底建成。")
        #expect(names.contains("猪e网") && names.contains("湘南网"), "found \(names)")
    }

    @Test func aLocalityAfterItsTownshipIsAPlace() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县屠宰场位于湾井镇柏家垅,是县重点项目;冷库位于天堂镇大山坡。")
        #expect(names.contains("柏家垅"), "found \(names)")
        #expect(!names.contains { $0.contains("山坡") }, "found \(names)")
    }

    @Test func worksOfPriorityOrDesignAreKinds() {
        let names = recognizer.namesBesidesTheCounty(in: "该项目是永州市“五比五晒”重中之重项目,项目设计规划总体功能要符合A类屠宰场的要求,计划设置特产超市。")
        #expect(!names.contains { $0.hasSuffix("项目") || $0.hasSuffix("规划") || $0.hasSuffix("超市") }, "found \(names)")
        #expect(names.contains("五比五晒"), "found \(names)")
    }
}
