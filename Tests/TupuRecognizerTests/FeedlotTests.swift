import Testing
import TupuRecognizer

/// Names in news of cattle farming: a farm named after its owner begins with the owner's surname,
/// not with the villager he is (…村村民|李光明生态养殖场); short forms of the county's villages listed
/// before a count of other things (井塘背、黄花源两个基地) are those villages; building a zone names a
/// works (…示范园区|建设项目), though the zone's words would end other names; factories are named by
/// their makers (舜源腊味加工厂), not by their product alone (腊肉加工厂). Fresh sentences.
@Suite struct FeedlotTests {
    @Test func aFarmNamedAfterItsOwnerBeginsWithTheOwner() {
        let mentions = recognizer.recognize("宁远县湾井镇下灌村村民李光明肉牛养殖场,牛舍整齐。").mentions
        let names = mentions.map(\.name)
        #expect(names.contains("李光明肉牛养殖场"), "found \(names)")
        #expect(names.contains("湾井镇") && names.contains("下灌村"), "found \(names)")
    }

    @Test func theVillagersOwnBodiesKeepTheirVillage() {
        let names = recognizer.recognize("宁远县湾井镇下灌村村民活动中心今天开放。").mentions.map(\.name)
        #expect(names.contains("宁远县湾井镇下灌村村民活动中心"), "found \(names)")
    }

    @Test func villagesListedBeforeACountOfOtherThings() {
        let mentions = recognizer.recognize("宁远县在井塘背、黄花源两个基地试点肉牛托养。").mentions
        #expect(mentions.contains { $0.type == .place && $0.division?.name == "井塘背村" }, "found \(mentions.map(\.name))")
        #expect(mentions.contains { $0.type == .place && $0.division?.name == "黄花源村" }, "found \(mentions.map(\.name))")
    }

    @Test func townshipsCountedAsTownshipsAreNoVillages() {
        let mentions = recognizer.recognize("宁远县天堂、保安两个镇的养牛户最多。").mentions
        #expect(!mentions.contains { $0.division?.level == .village }, "found \(mentions.map(\.name))")
    }

    @Test func buildingAZoneNamesAWorks() {
        let names = recognizer.recognize("实施蓝山县皮革产业融合发展示范园区建设项目,总投资3亿元。").mentions.map(\.name)
        #expect(names.contains("蓝山县皮革产业融合发展示范园区建设项目"), "found \(names)")
        let plain = recognizer.recognize("今年实施宁远县工业园区建设项目。").mentions.map(\.name)
        #expect(plain.contains("宁远县工业园区建设项目"), "found \(plain)")
    }

    @Test func aZonesRankedProjectsStayAClass() {
        let mentions = recognizer.recognize("宁远县工业园区重点项目进展顺利。").mentions
        #expect(!mentions.contains { $0.type == .project }, "found \(mentions.map(\.name))")
    }

    @Test func factoriesAreNamedByTheirMakers() {
        let names = recognizer.recognize("村里建起了舜源腊味加工厂,带动30人就业。").mentions.map(\.name)
        #expect(names.contains("舜源腊味加工厂"), "found \(names)")
        let stations = recognizer.recognize("宁远县种公牛站今年引进良种公牛20头。").mentions.map(\.name)
        #expect(stations.contains("宁远县种公牛站"), "found \(stations)")
    }

    @Test func aFactoryNamedByItsProductAloneIsAKind() {
        let mentions = recognizer.recognize("村里新建了腊肉加工厂和4万吨初加工厂。").mentions
        #expect(!mentions.contains { $0.type == .institution }, "found \(mentions.map(\.name))")
    }
}
