import Testing
import TupuRecognizer

/// Names in news of yaks: a township the data still lists as 乡 is found as the town the text says it
/// has become (地灵乡 written 地灵镇); a town whose name ends like an ancient town (大莫|古镇) is the
/// town, not a site grown across its county; a union of cooperatives (…合作联合社) is an institution.
/// Fresh sentences.
@Suite struct YakTests {
    @Test func aTownshipUpgradedSinceTheDataIsFoundAsWritten() {
        recognizer.expectFinds(MarkedSentence("[Place:会同县][Place:地灵镇]建成一批养殖小区。"))
    }

    @Test func aTownEndingLikeAnAncientTownIsTheTown() {
        recognizer.expectFinds(MarkedSentence("[Place:陆良县][Place:大莫古镇]发展蔬菜产业。"))
        let names = recognizer.recognize("陆良县大莫古镇发展蔬菜产业。").mentions.map(\.name)
        #expect(!names.contains("陆良县大莫古镇"), "\(names)")
    }

    @Test func aUnionOfCooperativesIsAnInstitution() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]成立[Institution:宁远县舜丰农牧民专业合作联合社]。"))
    }
}
