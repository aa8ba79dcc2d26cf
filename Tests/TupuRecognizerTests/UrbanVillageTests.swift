import Testing
import TupuRecognizer

/// Names in news of urban-village redevelopment: a resettlement estate (安置小区) is a site, a ring
/// road's name begins at 环城, blocks and old villages are kinds, two directions listed before what
/// they share begin one works, resettlement works build, and an area is named by a place and a
/// direction. Fresh sentences.
@Suite struct UrbanVillageTests {
    @Test func aResettlementEstateIsASite() {
        recognizer.expectFinds(MarkedSentence("其中[Place:舜陵路安置小区]占地3.5万平方米，建设13栋电梯房。"))
    }

    @Test func aRingRoadsNameBeginsAtItsRingWord() {
        recognizer.expectFinds(MarkedSentence("城中村改造第一阶段(下灌[Place:环城南路]以北)34户全部签约。"))
    }

    @Test func blocksAndOldVillagesAreKinds() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县旧村改造有序推进，其他区块城中村改造也在推进。")
        #expect(names.isEmpty, "found \(names)")
    }

    @Test func twoDirectionsListedBeforeWhatTheyShareBeginOneWorks() {
        recognizer.expectFinds(MarkedSentence("随着[Project:东、西湾安置工程]的开工奠基，[Place:宁远县]改造过半。"))
    }

    @Test func anAreaIsNamedByAPlaceAndADirection() {
        recognizer.expectFinds(MarkedSentence("另悉，[Place:河西区域]其他地块改造也在推进。"))
        let names = recognizer.namesBesidesTheCounty(in: "宁远县重点区域加强巡查，东南区域和书吧、茶室等商业区域同步推进。")
        #expect(names.isEmpty, "found \(names)")
    }
}
