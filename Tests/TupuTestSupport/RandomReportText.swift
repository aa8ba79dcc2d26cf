/// Random texts built from the pieces the recognizer's and linker's rules look at (heads, level
/// characters, list and quotation marks, counts, places, rivers, party names, credits, cooperation and honour words) in random
/// order: inputs on which the rules' index arithmetic meets its edge cases.
public enum RandomReportText {
    static let pieces = [
        "中国", "网", "-", "频道", "县", "委", "常委、", "、", "等", "“", "”", "（", "）", "(", ")", "《", "》", "项目", "工程",
        "模式", "制度", "党委政府", "村委会", "党支部", "宁远县", "宁远", "湾井镇", "下灌村", "永州市", "湖南省", "至", "及", "的",
        "12个", "2023年", "大", "成功", "创建", "建设", "改革", "医院", "行动", "部", "局", "政府", "合作", "签约", "与", "和",
        "获评", "入选", "黄河", "马超", "农工党", "民建", "湖南省委会", "处", "来源:", "报", "帮扶", "发展", "舜河", "流域",
        "a", "1", " ", "。", "，", "\n", "𠀀", "该", "公司", "年产", "健康", "平安", "四", "两", "一", "人大", "政协", "代表", "届",
        "县城", "新建", "北大", "第", "中学", "计划", "投资", "以上", "级", "府办", "会同", "园区", "3000吨", "+", "文化节", "活动",
        "源头", "古城", "各", "进一步", "规划", "对照", "敬老院", "委员会", "办事处", "设施提升",
        "道县", "眉县", "教育局", "卫健局", "支", "X", "志愿服务队", "以来", "抓", "类", "如", "些", "微信公众号", "文明网",
        "先行区", "国家", "长沙", "一张网", "线路", "第三批", "完善", "综合性", "信用村", "按照", "联盟", "公布", "团", "都", "水库", "分局", "期间", "部分", "PPP", "中心大局", "帮扶团", "及其", "中队", "退役军人", "服务站", "工坊", "非遗", "余", "“八一”", "经", "工程网", "活动中心", "收藏馆", "(记者", "《", "规划》", "发展大会", "战略地位",
        "示范县", "范县", "快递", "服务站点", "分拨中心", "讯", "做", "推进", "治疗中心", "综合示范", "电子商务进农村综合示范",
    ]

    /// Up to 60 pieces, chosen by `seed`.
    public static func make(seed: UInt64) -> String {
        var random = SeededRandom(seed: seed)
        return (0..<random.next(below: 61)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
    }
}
