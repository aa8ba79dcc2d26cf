import TupuGraph
import TupuRecognizer

/// One real thing a document talks about: its type, canonical name, the other names the
/// document uses for it, and where it is mentioned.
public struct Entity: Sendable, Hashable {
    public let type: EntityType
    /// The fullest unambiguous name (宁远 in an article about 宁远县 is 宁远县).
    public let name: String
    /// Other names the document uses, in order of first use.
    public internal(set) var aliases: [String]
    /// Every mention, in text order; the first is the one `tupu entities` reports.
    public internal(set) var mentions: [Mention]
    /// The administrative division, for places the gazetteer knows.
    public let division: Gazetteer.Division?
    /// The entity's stable IRI.
    public let iri: IRI
    /// A place named only inside longer names (湾井镇 in 湾井镇卫生院): a node of the graph that
    /// relations reach, but no mention of its own, so `tupu entities` does not list it.
    public var isNamedOnlyInside = false
}

/// A relation the text states between two entities (or an entity and a title), with the
/// sentence that states it.
public struct Relation: Sendable, Hashable {
    /// The five relations of ANNOTATION.md.
    public enum Kind: String, Sendable, CaseIterable {
        case partOf, locatedIn, cooperatesWith, honouredWith, runs

        /// The ontology property.
        public var property: IRI {
            switch self {
            case .partOf: return Tupu.partOf
            case .locatedIn: return Tupu.locatedIn
            case .cooperatesWith: return Tupu.cooperatesWith
            case .honouredWith: return Tupu.honouredWith
            case .runs: return Tupu.runs
            }
        }
    }

    public let subject: String
    public let kind: Kind
    /// The object entity's canonical name, or the title for honouredWith.
    public let object: String
    /// The sentence that states the relation; empty when it comes from the gazetteer or the
    /// document's subject rather than one sentence.
    public let sentence: String
}

/// A document after linking: its entities (one per real thing) and relations.
public struct LinkedDocument: Sendable {
    /// The document's file name, as `tupu entities` reports it.
    public let name: String
    public let entities: [Entity]
    public let relations: [Relation]
    public let recognized: RecognizedDocument
}
