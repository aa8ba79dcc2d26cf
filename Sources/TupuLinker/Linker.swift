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
        for mention in document.mentions {
            let canonical = namer.canonicalName(of: mention)
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
