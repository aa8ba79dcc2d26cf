// tupu-bench: builds a graph of one million triples with Chinese labels and IRIs, and prints
// the time and peak memory to build the store and to write it as RDF/XML and N-Triples. Then
// each anchor that is installed converts the same N-Triples to RDF/XML (load included), and the
// ratio to Tupu's RDF/XML time is printed: rapper and pyoxigraph always, rdflib (about 50 s for
// a million triples) only with --rdflib.
//
//   swift run -c release tupu-bench [TRIPLES] [--rdflib]
import Foundation
import TupuGraph
import TupuSerialization

let count = CommandLine.arguments.dropFirst().lazy.compactMap { Int($0) }.first ?? 1_000_000
let withRDFLib = CommandLine.arguments.contains("--rdflib")
let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tupu-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }

/// Peak resident memory of this process so far, in MB (VmHWM of /proc/self/status).
func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kb = Double(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
    return kb / 1024
}

func timed<T>(_ label: String, _ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print(label.padding(toLength: 28, withPad: " ", startingAt: 0) + String(format: "%8.2f s   peak memory %7.0f MB", seconds, peakMemoryMB()))
    return (result, seconds)
}

let places = ["宁远县", "道县", "江永县", "蓝山县", "新田县", "双牌县", "东安县", "祁阳县"]
let kinds = [Tupu.place, Tupu.institution, Tupu.project, Tupu.programme]
print("tupu-bench: \(count) triples with Chinese labels and IRIs")
let (store, _) = timed("build store") { () -> TripleStore in
    var store = TripleStore()
    store.reserveCapacity(count)
    var i = 0
    while store.count < count {
        let name = "\(places[i % places.count])第\(i)号项目“示范”<工程>"
        let entity = Tupu.resourceBase.appending(segments: ["project", name])
        store.insert(Triple(entity, RDF.type, .iri(kinds[i % kinds.count])))
        store.insert(Triple(entity, RDFS.label, .literal(try! Literal(name, language: "zh"))))
        store.insert(Triple(entity, Tupu.locatedIn, .iri(Tupu.resourceBase.appending(segments: ["place", places[i % places.count]]))))
        store.insert(Triple(entity, Tupu.sentence, .string("\(name)于2025年开工建设，总投资\(i)万元。")))
        i += 1
    }
    return store
}
_ = timed("index (first query)") { store.triples(predicate: RDF.type, object: .iri(Tupu.place)).count }
let (_, rdfxmlSeconds) = try timed("write RDF/XML (libxml2)") { try RDFXMLWriter.write(store, to: folder + "/g.rdf") }
_ = try timed("write N-Triples") { try NTriplesWriter.write(store, to: folder + "/g.nt") }
_ = try timed("write Turtle") { try TurtleWriter.write(store, to: folder + "/g.ttl") }

/// Runs an anchor converting `g.nt` to RDF/XML and prints its time and ratio; silent when the
/// tool is not installed.
func runAnchor(_ name: String, _ arguments: [String]) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
    process.standardError = FileHandle(forWritingAtPath: "/dev/null")
    let start = DispatchTime.now().uptimeNanoseconds
    guard (try? process.run()) != nil else { return print("anchor \(name): cannot start") }
    process.waitUntilExit()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    guard process.terminationStatus == 0 else { return print("anchor \(name): not available (exit \(process.terminationStatus))") }
    print(String(format: "anchor %@: N-Triples → RDF/XML, load included, %.2f s; Tupu's RDF/XML writer is %.1f× faster", name, seconds, seconds / rdfxmlSeconds))
}

let nt = folder + "/g.nt", out = folder + "/anchor.rdf"
runAnchor("rapper", ["rapper", "-q", "-i", "ntriples", "-o", "rdfxml", nt])
runAnchor("pyoxigraph", ["python3", "-c", "import sys, pyoxigraph as o; o.serialize(o.parse(path=sys.argv[1], format=o.RdfFormat.N_TRIPLES), output=sys.argv[2], format=o.RdfFormat.RDF_XML)", nt, out])
if withRDFLib {
    runAnchor("rdflib", ["python3", "-c", "import sys, rdflib; rdflib.Graph().parse(sys.argv[1], format='nt').serialize(sys.argv[2], format='xml')", nt, out])
}
