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
            let key = mention.type.rawValue + "\t" + canonical
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
        entities = namer.mergingCountyHospital(namer.mergingPhases(namer.mergingQuotedCores(namer.mergingEditions(namer.mergingShortForms(entities)))))
        for place in document.innerPlaces {
            let canonical = namer.canonicalName(of: place)
            guard position[place.type.rawValue + "\t" + canonical] == nil,
                  !entities.contains(where: { $0.type == .place && $0.division?.index == place.division?.index }) else { continue }
            position[place.type.rawValue + "\t" + canonical] = entities.count
            var entity = Entity(type: .place, name: canonical, aliases: [], mentions: [place], division: place.division,
                                iri: EntityIRI.make(type: .place, name: canonical, division: place.division, gazetteer: gazetteer))
            entity.isNamedOnlyInside = true
            entities.append(entity)
        }
        let relations = RelationFinder(document: document, entities: entities, gazetteer: gazetteer).relations()
        return LinkedDocument(name: name, entities: entities, relations: relations, recognized: document)
    }

    /// The mentions that a bracket gives as the short name of the mention of the same type right before
    /// it (县人民政府森林防火指挥部(以下简称县指挥部)), each with that mention's index: aliases of one entity.
    static func abbreviatedMentions(in document: RecognizedDocument) -> [Int: Int] {
        let mentions = document.mentions, text = document.text
        var abbreviated: [Int: Int] = [:]
        for index in mentions.indices.dropFirst() {
            let (full, short) = (mentions[index - 1], mentions[index])
            guard full.type == short.type, full.end < short.start, short.end < text.count,
                  text[full.end] == "(" || text[full.end] == "（", text[short.end] == ")" || text[short.end] == "）" else { continue }
            let lead = String(String.UnicodeScalarView(text[(full.end + 1)..<short.start]))
            if Recognizer.abbreviationMarkers.contains(lead) { abbreviated[index] = index - 1 }
        }
        return abbreviated
    }
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
