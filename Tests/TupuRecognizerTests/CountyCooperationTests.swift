import Testing
import TupuRecognizer

/// Names in news of a county's medical community and its cooperation with universities: a bare body
/// after the word of its role (牵头医院|县人民医院), a community's head hospital (…医共体总院), a company
/// after the place a list of parties ends with (宁远县|与|永州市…公司), and words that only look like
/// names: a listed person's given name (周丽、毛|长江), a slogan's verbs on the county (立县、兴县、强县),
/// the county's or town's own plans and kinds (县里计划, 镇域农村规划, 土地股份合作社). Fresh sentences.
@Suite struct CountyCooperationTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]医共体牵头医院[Institution:县人民医院]、成员单位[Institution:县中医医院]负责人先后发言。"))
        recognizer.expectFinds(MarkedSentence("领导共同为[Institution:宁远县紧密型县域医共体总院]揭牌。"))
        recognizer.expectFinds(MarkedSentence("[Place:湾井镇]与[Institution:永州市恒达农业开发有限公司]签订合作协议。"))
    }

    @Test func aListedPersonsGivenNameIsNoRiver() {
        let names = recognizer.namesBesidesTheCounty(in: "县领导李建军、周丽、毛长江出席仪式。")
        #expect(names == [], "found \(names)")
    }

    @Test func aSlogansVerbsOnTheCountyAreNoCounties() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县把乡村振兴作为立县、兴县、强县的头号工程。")
        #expect(!names.contains("兴县"), "found \(names)")
    }

    @Test func theCountysOwnPlansAndKindsAreNoNames() {
        let names = recognizer.namesBesidesTheCounty(
            in: "县里计划利用三年时间，就镇域农村规划开展合作，村党支部领办了土地股份合作社，打造绿色生态农场样板。")
        #expect(names == [], "found \(names)")
    }
}
