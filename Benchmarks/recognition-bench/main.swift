// recognition-bench: start-up and throughput of the recognizer. It times loading the gazetteer,
// the word list and the automata (start-up), then generates a corpus of county-report prose from
// the gazetteer's real divisions and generic phrases (seeded, so every run reads the same text)
// and prints MB/s of UTF-8 text for recognition alone and for the whole build (recognize, link,
// build the graph, write RDF/XML), and a digest of the mentions found, to compare builds by. No
// anchor runs here: the taggers of issue 3 (LAC, THULAC) are not installed on this machine.
//
//   swift run -c release recognition-bench [MEGABYTES] [--recognition-only]
import Foundation
import TupuGraph
import TupuLinker
import TupuRecognizer
import TupuSerialization
import TupuTestSupport

let megabytes = CommandLine.arguments.dropFirst().lazy.compactMap { Double($0) }.first ?? 48

func seconds(since start: UInt64) -> Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }

func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    return (result, seconds(since: start))
}

// Start-up: what `tupu` does before reading the first text.
let (gazetteer, gazetteerSeconds) = timed { Gazetteer.shared }
let (words, wordSeconds) = timed { WordList.shared }
let (recognizer, automataSeconds) = timed { Recognizer(gazetteer: gazetteer, words: words) }
print(String(format: "start-up: gazetteer %.3f s, word list %.3f s, automata %.3f s, total %.3f s",
             gazetteerSeconds, wordSeconds, automataSeconds, gazetteerSeconds + wordSeconds + automataSeconds))

/// Generates county-report documents: each about one real county, naming its prefecture,
/// townships and villages among projects, institutions, programmes and plain prose.
struct CorpusGenerator {
    let gazetteer: Gazetteer
    let counties: [Gazetteer.Division]
    var random = SeededRandom(seed: 2026)

    static let industries = ["中药材", "光伏发电", "智能制造", "冷链物流", "污水处理", "集中供热", "农村供水", "文旅康养", "特色种植", "新材料"]
    static let projectHeads = ["项目", "改扩建工程", "提升工程", "产业园", "综合楼", "升级改造"]
    static let institutionHeads = ["人民医院", "卫生院", "中学", "小学", "专业合作社", "图书馆", "职业技术学院"]
    static let programmeHeads = ["行动", "三年行动", "培训计划", "系列活动", "示范创建"]
    static let prose = [
        "今年以来，全县上下坚持稳中求进工作总基调，统筹发展和安全，经济运行总体平稳、稳中有进。",
        "城乡居民人均可支配收入分别增长百分之五点二和百分之七点一，民生保障持续改善。",
        "我们坚持以人民为中心的发展思想，把有限的财力更多投向教育、医疗、养老等民生领域。",
        "全年完成固定资产投资一百二十亿元，一般公共预算收入增长百分之六。",
        "面对复杂严峻的外部环境，我们迎难而上、真抓实干，较好完成了县十七届人大三次会议确定的目标任务。",
        "各级干部要进一步转变作风，深入基层、深入群众，切实解决群众急难愁盼问题，不断增强人民群众的获得感。",
        "坚决守住不发生规模性返贫致贫底线，持续巩固拓展脱贫攻坚成果，扎实做好防汛抗旱和森林防火工作。",
    ]

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        counties = gazetteer.divisions.filter { $0.level == .county && !gazetteer.townships(of: $0).isEmpty }
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }

    mutating func document(bytes target: Int) -> String {
        let county = pick(counties)
        let prefecture = gazetteer.ancestors(of: county).first { $0.level == .prefecture }?.name ?? ""
        let townships = gazetteer.townships(of: county)
        var text = "\(prefecture)\(county.name)政府工作报告\n"
        while text.utf8.count < target {
            let township = pick(townships)
            let villages = gazetteer.villages(of: township)
            let village = villages.isEmpty ? township.name : pick(villages).name
            let n = Int.random(in: 2...90, using: &random)
            // Half the sentences are plain prose, which brings the mention density near that of
            // real reports (the seeds: about one mention per 100 bytes).
            switch Int.random(in: 0..<8, using: &random) {
            case 0: text += "\(township.name)\(village)\(pick(Self.industries))\(pick(Self.projectHeads))总投资\(n)亿元，年内建成投用。"
            case 1: text += "县人民医院与\(prefecture)\(pick(Self.institutionHeads))签署合作协议，\(township.name)\(pick(Self.institutionHeads))完成改造。"
            case 2: text += "县委、县政府深入实施“\(pick(Self.industries))振兴”\(pick(Self.programmeHeads))，\(n)个村参与。"
            case 3: text += "\(county.shortName ?? county.name)\(pick(Self.industries))入选省级示范名单，\(village)获评“美丽乡村”。"
            default: text += pick(Self.prose)
            }
            if Int.random(in: 0..<4, using: &random) == 0 { text += "\n" }
        }
        return text
    }
}

var generator = CorpusGenerator(gazetteer: gazetteer)
var corpus: [String] = []
var totalBytes = 0
while Double(totalBytes) < megabytes * 1_000_000 {
    let document = generator.document(bytes: 12_000)
    corpus.append(document)
    totalBytes += document.utf8.count
}
let mb = Double(totalBytes) / 1_000_000
print(String(format: "corpus: %d generated documents, %.1f MB of UTF-8", corpus.count, mb))

// Three rounds, the best and the median printed: a shared machine's noise only ever slows a run.
var mentionCount = 0
var roundSeconds: [Double] = []
for _ in 0..<3 {
    mentionCount = 0
    roundSeconds.append(timed { for document in corpus { mentionCount += recognizer.recognize(document).mentions.count } }.1)
}
roundSeconds.sort()
print(String(format: "recognition alone: best %.2f s, %.1f MB/s (median %.1f MB/s); %d mentions, one per %.0f bytes",
             roundSeconds[0], mb / roundSeconds[0], mb / roundSeconds[1], mentionCount, Double(totalBytes) / Double(mentionCount)))

/// FNV-1a over every mention's type, span and name, outside the timed rounds: two builds that print
/// the same digest found the same mentions, so a change made for speed can show it changed nothing else.
var digest: UInt64 = 0xcbf2_9ce4_8422_2325
for document in corpus {
    for mention in recognizer.recognize(document).mentions {
        for byte in "\(mention.type.rawValue)\t\(mention.start)\t\(mention.end)\t\(mention.name)\n".utf8 {
            digest = (digest ^ UInt64(byte)) &* 0x100_0000_01b3
        }
    }
}
print(String(format: "mentions digest: %016llx", digest))

guard !CommandLine.arguments.contains("--recognition-only") else { exit(0) }
let linker = Linker(gazetteer: gazetteer)
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recognition-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }
let (tripleCount, buildSeconds) = try timed { () -> Int in
    var builder = GraphBuilder(gazetteer: gazetteer)
    for (number, document) in corpus.enumerated() {
        builder.add(linker.link(recognizer.recognize(document), name: "doc\(number).txt"))
    }
    try RDFXMLWriter.write(builder.store, to: folder + "/graph.rdf")
    return builder.store.count
}
print(String(format: "whole build (recognize, link, graph, RDF/XML): %.2f s, %.1f MB/s (%d triples)", buildSeconds, mb / buildSeconds, tripleCount))
