import TupuGraph
import TupuRecognizer

/// Writes linked documents into a triple store, as the ontology in ontology/tupu.rdf describes:
/// a node per document; per entity an rdf:type, an rdfs:label@zh, aliases, the documents that
/// mention it and, for divisions, the GB/T 2260 code and the chain of divisions above it; per
/// relation a direct triple and an rdf:Statement carrying the sentence that states it.
public struct GraphBuilder {
    public private(set) var store = TripleStore()
    let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer = .shared) { self.gazetteer = gazetteer }

    /// Adds one linked document.
    public mutating func add(_ document: LinkedDocument) {
        let documentIRI = Tupu.resourceBase.appending(segments: ["document", document.name])
        insert(documentIRI, RDF.type, .iri(Tupu.document))
        insert(documentIRI, Tupu.fileName, .string(document.name))
        insert(documentIRI, RDFS.label, .string(document.name))
        var iriOfName: [String: IRI] = [:]
        for entity in document.entities {
            iriOfName[entity.name] = entity.iri
            describe(entity.iri, type: entity.type, name: entity.name, code: entity.division?.code)
            for alias in entity.aliases + officialName(of: entity) { insert(entity.iri, Tupu.alias, Self.chinese(alias)) }
            insert(entity.iri, Tupu.mentionedIn, .iri(documentIRI))
            if let division = entity.division { addHierarchy(above: division) }
        }
        for (number, relation) in document.relations.enumerated() {
            guard let subject = iriOfName[relation.subject] else { continue }
            let object: Term = relation.kind == .honouredWith ? Self.chinese(relation.object) : iriOfName[relation.object].map(Term.iri) ?? Self.chinese(relation.object)
            insert(subject, relation.kind.property, object)
            let statement = Tupu.resourceBase.appending(segments: ["statement", document.name, String(number + 1)])
            insert(statement, RDF.type, .iri(RDF.statement))
            insert(statement, RDF.subject, .iri(subject))
            insert(statement, RDF.predicate, .iri(relation.kind.property))
            insert(statement, RDF.object, object)
            insert(statement, Tupu.statedIn, .iri(documentIRI))
            if !relation.sentence.isEmpty { insert(statement, Tupu.sentence, Self.chinese(relation.sentence)) }
        }
    }

    /// The name a coded division goes by today where the document writes a former one (襄阳市 for a
    /// text's 襄樊市), so that a query by either name finds it.
    private func officialName(of entity: Entity) -> [String] {
        guard let division = entity.division, division.code != nil else { return [] }
        let official = gazetteer.divisions[division.index].name
        return official == entity.name || entity.aliases.contains(official) ? [] : [official]
    }

    /// Ties a division to the national hierarchy: each division above it, with its code, and partOf links.
    private mutating func addHierarchy(above division: Gazetteer.Division) {
        var child = division
        for parent in gazetteer.ancestors(of: division) {
            let parentIRI = EntityIRI.make(type: .place, name: parent.name, division: parent, gazetteer: gazetteer)
            describe(parentIRI, type: .place, name: parent.name, code: parent.code)
            insert(EntityIRI.make(type: .place, name: child.name, division: child, gazetteer: gazetteer), Tupu.partOf, .iri(parentIRI))
            child = parent
        }
    }

    private mutating func describe(_ iri: IRI, type: EntityType, name: String, code: String?) {
        insert(iri, RDF.type, .iri(Self.classIRI[type]!))
        insert(iri, RDFS.label, Self.chinese(name))
        if let code { insert(iri, Tupu.divisionCode, .string(code)) }
    }

    private mutating func insert(_ subject: IRI, _ predicate: IRI, _ object: Term) {
        store.insert(Triple(subject, predicate, object))
    }

    static let classIRI: [EntityType: IRI] = [
        .place: Tupu.place, .institution: Tupu.institution, .project: Tupu.project, .programme: Tupu.programme,
    ]

    static func chinese(_ text: String) -> Term { .literal(try! Literal(text, language: "zh")) }
}
