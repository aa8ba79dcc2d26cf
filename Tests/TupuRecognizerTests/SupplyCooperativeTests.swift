import Testing
import TupuRecognizer

/// Names in news of supply-and-marketing cooperatives: bodies that act after a preposition on
/// another body's plan, bodies after a common word that is said of them, titles inside titles and
/// cooperatives of no place, ways of working in quotation marks. Fresh sentences.
@Suite struct SupplyCooperativeTests {
    static let cases: [MarkedSentence] = [
        // A preposition between two bodies ends the second's name (按照|省供销社, 依照|县人民医院).
        MarkedSentence("[Institution:宁远县供销社]按照[Institution:省供销社]统一部署开展工作。"),
        MarkedSentence("[Institution:湾井镇卫生院]依照[Institution:县人民医院]标准建设。"),
        // A common word before a division's full name is said of the body (下属企业|宁远县…, 新一届|宁远县…).
        MarkedSentence("该站由[Institution:县供销社]下属企业[Institution:宁远县农资有限公司]承建。"),
        MarkedSentence("大会选举产生了新一届[Institution:宁远县供销合作社]理事会。"),
        // The bodies of a whole province are a class: the province stands alone (湖南|全省供销社).
        MarkedSentence("不仅宁远,[Place:湖南]全省供销社都在加强基层组织建设。"),
        // A quoted kind of body whose work follows is a way of working (“供销农场”推广工作).
        MarkedSentence("[Institution:宁远县供销社]深入推进“[Programme:供销农场]”推广工作。"),
        // A title inside a title, in single book-title marks or angle brackets.
        MarkedSentence("落实《中共永州市委办公室、永州市人民政府办公室印发〈[Programme:关于加快发展县域商业体系建设的意见]〉的通知》精神。"),
        MarkedSentence("落实《中共永州市委办公室、永州市人民政府办公室印发<[Programme:关于加快发展县域商业体系建设的实施方案]>的通知》精神。"),
        // A short outer title is read inside too.
        MarkedSentence("根据《市政府关于印发〈[Programme:2022年永州市城乡生活垃圾分类工作实施方案]〉的通知》精神。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Bodies and sites of a trade named by its kind only (农资公司, 连锁超市, 惠农服务中心, 农机专业合作社,
    /// 农产品交易市场) are kinds, and a boundary word that begins on another's last character is not read
    /// (健全|县域公共配送中心, not 健|全县|域…).
    @Test func kindsOfTradeNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县健全县域公共配送中心,组建农资公司,发展连锁超市,建设惠农服务中心和农产品交易市场,扶持农机专业合作社。")
        #expect(names == [], "found \(names)")
    }

    /// A quotation before work that goes on into another word (“三农”工作|大局) is no way of working.
    @Test func quotationsBeforeWorkOfAnotherWordNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县围绕“三农”工作大局开展服务。")
        #expect(names == [], "found \(names)")
    }

    /// Supply-and-marketing cooperatives without a place are a kind (发挥供销合作社优势, 基层供销合作社),
    /// years since (30年|来) begin no name, and no name begins inside a cooperative's head (合作|社综合改革).
    @Test func cooperativesOfNoPlaceNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县发挥供销合作社优势,30年来供销合作社不断发展,推进基层供销合作社综合改革。")
        #expect(names == [], "found \(names)")
    }
}
