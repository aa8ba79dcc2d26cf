import Testing
import TupuRecognizer

/// Names in news of pig farming: companies listed before their class, some written in common words
/// (温氏、华西希望、正邦、正大等行业龙头企业); the national farming groups by their trade names (牧原, 双汇);
/// a quoted programme's projects (生猪产业“双百工程”重点项目) are the programme's; the partner of a joint
/// project (…徐州分公司|合作项目) is named; one character before generic words (在|徐|投资项目) names no works;
/// a breeding compound (养殖小区) is a farm. Fresh sentences.
@Suite struct SwineTests {
    @Test func companiesListedInCommonWordsBeforeTheirClass() {
        let mentions = recognizer.recognize("宁远县携手唐人神、华西希望、正大、大北农等行业龙头企业发展生猪产业。").mentions
        let institutions = mentions.filter { $0.type == .institution }.map(\.name)
        #expect(institutions.contains("正大") && institutions.contains("华西希望") && institutions.contains("唐人神"), "found \(institutions)")
    }

    @Test func wordsListedBeforeACompanyNounAreNoCompanies() {
        let mentions = recognizer.recognize("在资金、技术、人才等企业发展要素上给予支持。").mentions
        #expect(!mentions.contains { $0.type == .institution }, "found \(mentions.map(\.name))")
    }

    @Test func nationalFarmingGroupsByTheirTradeNames() {
        let names = recognizer.recognize("牧原在宁远县投资建设养殖场,双汇负责屠宰加工。").mentions.map(\.name)
        #expect(names.contains("牧原") && names.contains("双汇"), "found \(names)")
    }

    @Test func aQuotedProgrammesProjectsAreTheProgrammes() {
        let mentions = recognizer.recognize("宁远县生猪产业“百场千户”重点项目集中开工。").mentions
        #expect(mentions.contains { $0.type == .programme && $0.name == "百场千户" }, "found \(mentions.map(\.name))")
        #expect(!mentions.contains { $0.type == .project }, "found \(mentions.map(\.name))")
    }

    @Test func thePartnerOfAJointProjectIsNamed() {
        let mentions = recognizer.recognize("湖南舜源农业有限公司与唐人神集团永州分公司合作项目,投资总额5亿元。").mentions
        #expect(mentions.contains { $0.type == .institution && $0.name == "唐人神集团永州分公司" }, "found \(mentions.map(\.name))")
        #expect(!mentions.contains { $0.type == .project }, "found \(mentions.map(\.name))")
    }

    @Test func oneCharacterBeforeGenericWordsNamesNoWorks() {
        let mentions = recognizer.recognize("4家企业在永投资项目签约,总投资12亿元。").mentions
        #expect(!mentions.contains { $0.type == .project }, "found \(mentions.map(\.name))")
    }

    @Test func aBreedingCompoundIsAFarm() {
        let names = recognizer.recognize("宁远县湾井镇下灌村生猪养殖小区已投苗1500头。").mentions.map(\.name)
        #expect(names.contains { $0.hasSuffix("下灌村生猪养殖小区") }, "found \(names)")
    }
}
