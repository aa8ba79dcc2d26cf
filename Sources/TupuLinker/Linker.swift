import Foundation
import TupuGraph
import TupuRecognizer

/// Turns a document's mentions into entities and relations: canonical names (short forms and
/// bare bodies completed from the document's divisions), one entity per real thing, and the
/// relations of ANNOTATION.md that the text or the gazetteer states.
public struct Linker: Sendable {
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .shared) { self.gazetteer = gazetteer }

    /// Links the mentions of one recognized document.
    public func link(_ document: RecognizedDocument, name: String) -> LinkedDocument {
        let namer = CanonicalNamer(document: document, gazetteer: gazetteer)
        var entities: [Entity] = []
        var position: [String: Int] = [:]
        let abbreviated = Self.abbreviatedMentions(in: document)
        var canonicalNames: [String] = []
        // Short names given in brackets, and the canonical names they stand for wherever they recur.
        var fullNameOf: [String: String] = [:]
        for (index, mention) in document.mentions.enumerated() {
            let canonical = abbreviated[index].map { canonicalNames[$0] } ?? fullNameOf[mention.type.rawValue + "\t" + mention.name]
                ?? namer.canonicalName(of: mention)
            if abbreviated[index] != nil { fullNameOf[mention.type.rawValue + "\t" + mention.name] = canonical }
            canonicalNames.append(canonical)
            let key = Self.key(mention.type, canonical)
            if let index = position[key] {
                entities[index].mentions.append(mention)
                if mention.name != canonical && !entities[index].aliases.contains(mention.name) { entities[index].aliases.append(mention.name) }
            } else {
                position[key] = entities.count
                entities.append(Entity(type: mention.type, name: canonical, aliases: mention.name == canonical ? [] : [mention.name],
                                       mentions: [mention], division: mention.division,
                                       iri: EntityIRI.make(type: mention.type, name: canonical, division: mention.division, gazetteer: gazetteer)))
            }
        }
        entities = namer.mergingNestedPlaceForms(namer.mergingCountyHospital(namer.mergingPhases(namer.mergingQuotedCores(namer.mergingEditions(namer.mergingShortForms(entities))))))
        entities = Self.mergingRenamed(entities, Self.renamedMentions(in: document).map { (document.mentions[$0.key].start, document.mentions[$0.value].start) })
        for place in document.innerPlaces {
            let canonical = namer.canonicalName(of: place)
            guard position[Self.key(place.type, canonical)] == nil,
                  !entities.contains(where: { $0.type == .place && $0.division?.index == place.division?.index }) else { continue }
            position[Self.key(place.type, canonical)] = entities.count
            var entity = Entity(type: .place, name: canonical, aliases: [], mentions: [place], division: place.division,
                                iri: EntityIRI.make(type: .place, name: canonical, division: place.division, gazetteer: gazetteer))
            entity.isNamedOnlyInside = true
            entities.append(entity)
        }
        let relations = RelationFinder(document: document, entities: entities, gazetteer: gazetteer).relations()
        return LinkedDocument(name: name, entities: entities, relations: relations, recognized: document)
    }

    /// The key of an entity of `type` named `name`: names that differ only in the dots between
    /// their parts or in having them, or works only in their head (项目, 工程), are one entity's, named as first written.
    static func key(_ type: EntityType, _ name: some StringProtocol) -> String {
        var folded = foldingSeparators(String(name))
        // A works is one under either head (…改建项目, …改建工程).
        if type == .project, folded.hasSuffix("工程"), folded.count > 4 { folded = String(folded.dropLast(2)) + "项目" }
        // A department is one with or without the 和 that joins its topics (住房和城乡建设厅, 住房城乡建设厅).
        if type == .institution, let last = folded.unicodeScalars.last, departmentEnds.contains(last) {
            folded = String(String.UnicodeScalarView(folded.unicodeScalars.filter { $0 != "和" }))
        }
        // A body is one with or without the term it is in (文昌镇新一届政府, 文昌镇政府).
        if type == .institution, folded.contains("届") {
            folded = termMarks.stringByReplacingMatches(in: folded, range: NSRange(folded.startIndex..., in: folded), withTemplate: "")
        }
        return type.rawValue + "\t" + folded
    }

    /// A body's term written inside its name: 新一届, 本届, 十八届, 第十五届.
    private static let termMarks = try! NSRegularExpression(pattern: "新一届|本届|第?[一二三四五六七八九十]+届")

    /// The last characters of departments' names (局, 厅, 委 …).
    static let departmentEnds: Set<Unicode.Scalar> = ["局", "厅", "部", "委", "办"]

    /// `name` without the dots that separate the parts of a name (·, ﹒, •, ・ …): 文化大篷车﹒千乡万里行,
    /// 文化大篷车·千乡万里行 and 文化大篷车千乡万里行 are one name.
    static func foldingSeparators(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: nameSeparators.contains) else { return name }
        return String(String.UnicodeScalarView(name.unicodeScalars.filter { !nameSeparators.contains($0) }))
    }

    static let nameSeparators: Set<Unicode.Scalar> = ["·", "﹒", "•", "‧", "・", "･", "∙", "⋅"]

    /// Quotation marks that may hold a short name given in a bracket.
    static let quotationOpens: Set<Unicode.Scalar> = ["“", "\"", "「"]
    static let quotationCloses: Set<Unicode.Scalar> = ["”", "\"", "」"]

    /// The mentions that a bracket gives as the short name of the mention of the same type right before
    /// it (县人民政府森林防火指挥部(以下简称县指挥部), …有限公司(下简称“…公司”)), or as its other name
    /// (西沟展览馆（申纪兰纪念馆）), and titles cited again by their last words (《实施意见》), each with
    /// the index of the mention they stand for: aliases of one entity.
    static func abbreviatedMentions(in document: RecognizedDocument) -> [Int: Int] {
        let mentions = document.mentions, text = document.text
        var abbreviated: [Int: Int] = [:]
        for index in mentions.indices.dropFirst() {
            let (full, short) = (mentions[index - 1], mentions[index])
            // The short name may stand in quotation marks inside the bracket.
            let quoted = short.start > full.end + 1 && short.end + 1 < text.count
                && quotationOpens.contains(text[short.start - 1]) && quotationCloses.contains(text[short.end])
            let (shortStart, shortEnd) = quoted ? (short.start - 1, short.end + 1) : (short.start, short.end)
            guard full.type == short.type, full.end < shortStart, shortEnd < text.count,
                  text[full.end] == "(" || text[full.end] == "（", text[shortEnd] == ")" || text[shortEnd] == "）" else { continue }
            let lead = String(String.UnicodeScalarView(text[(full.end + 1)..<shortStart]))
            // A bracket holding only another name of the same thing (西沟展览馆（申纪兰纪念馆）) gives an alias;
            // divisions have their own names, and a bracket of places after a site is a route segment.
            let wholeBracket = lead.isEmpty && full.division == nil && short.division == nil
            if Recognizer.abbreviationMarkers.contains(lead) || wholeBracket { abbreviated[index] = index - 1 }
        }
        // A title cited again by its last words (《…的实施意见》, then 《实施意见》) is the same document.
        for (index, short) in mentions.enumerated() where short.type == .programme && abbreviated[index] == nil && short.surface.hasPrefix("《") {
            if let full = mentions[..<index].lastIndex(where: { full in
                full.type == .programme && full.surface.hasPrefix("《") && full.name.count > short.name.count && full.name.hasSuffix(short.name)
            }) { abbreviated[index] = full }
        }
        return abbreviated
    }

    /// The mentions renamed by the mention of the same type right after them (信城街道中学|更名为|阳信县第三
    /// 实验中学), each with that mention's index: one entity under its new name.
    static func renamedMentions(in document: RecognizedDocument) -> [Int: Int] {
        let mentions = document.mentions, text = document.text
        var renamed: [Int: Int] = [:]
        for index in mentions.indices.dropLast() {
            let (old, new) = (mentions[index], mentions[index + 1])
            guard old.type == new.type, old.end < new.start else { continue }
            let between = String(String.UnicodeScalarView(text[old.end..<new.start]))
            if Self.renamingWords.contains(between) { renamed[index] = index + 1 }
        }
        return renamed
    }

    /// Folds the entity of each former name into the entity of its new name (`pairs` gives the
    /// starts of their mentions), which then carries the former names as aliases.
    static func mergingRenamed(_ entities: [Entity], _ pairs: [(old: Int, new: Int)]) -> [Entity] {
        var entities = entities
        for pair in pairs {
            guard let old = entities.firstIndex(where: { $0.mentions.contains { $0.start == pair.old } }),
                  let new = entities.firstIndex(where: { $0.mentions.contains { $0.start == pair.new } }), old != new else { continue }
            for alias in [entities[old].name] + entities[old].aliases where alias != entities[new].name && !entities[new].aliases.contains(alias) {
                entities[new].aliases.append(alias)
            }
            entities[new].mentions = (entities[new].mentions + entities[old].mentions).sorted { $0.start < $1.start }
            entities.remove(at: old)
        }
        return entities
    }

    /// The words between a former name and the name that replaces it.
    static let renamingWords: Set<String> = ["更名为", "改名为", "更名", "改名"]
}

/// Mints stable entity IRIs: places by GB/T 2260 code (townships and villages under their
/// county's code), everything else by type and canonical name.
enum EntityIRI {
    static func make(type: EntityType, name: String, division: Gazetteer.Division?, gazetteer: Gazetteer) -> IRI {
        var segments = [type.rawValue.lowercased()]
        if let division {
            let chain = [division] + gazetteer.ancestors(of: division)
            if let code = division.code {
                segments.append(code)
            } else {
                segments.append(chain.first { $0.code != nil }?.code ?? "cn")
                segments += chain.prefix { $0.code == nil }.reversed().map(\.name)
            }
        } else {
            segments.append(name)
        }
        return Tupu.resourceBase.appending(segments: segments)
    }
}
