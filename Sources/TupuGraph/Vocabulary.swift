// The vocabularies Tupu writes, one place for every IRI constant.

/// The RDF namespace and the terms of it that Tupu uses.
public enum RDF {
    public static let namespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    public static let type = IRI(trusted: namespace + "type")
    public static let langString = IRI(trusted: namespace + "langString")
    public static let statement = IRI(trusted: namespace + "Statement")
    public static let subject = IRI(trusted: namespace + "subject")
    public static let predicate = IRI(trusted: namespace + "predicate")
    public static let object = IRI(trusted: namespace + "object")
}

/// The RDF Schema terms Tupu uses.
public enum RDFS {
    public static let namespace = "http://www.w3.org/2000/01/rdf-schema#"
    public static let label = IRI(trusted: namespace + "label")
    public static let comment = IRI(trusted: namespace + "comment")
}

/// The XML Schema datatypes Tupu uses.
public enum XSD {
    public static let namespace = "http://www.w3.org/2001/XMLSchema#"
    public static let string = IRI(trusted: namespace + "string")
    public static let integer = IRI(trusted: namespace + "integer")
}

/// The OWL namespace, in which ontology/tupu.rdf declares Tupu's classes and properties.
public enum OWL {
    public static let namespace = "http://www.w3.org/2002/07/owl#"
}

/// Tupu's own ontology (ontology/tupu.rdf) and the namespace of the entities it mints.
public enum Tupu {
    public static let namespace = "https://w3id.org/tupu/ontology#"
    /// Where entity IRIs live: `…/id/place/431126`, `…/id/institution/宁远县人民医院`.
    public static let resourceBase = IRI(trusted: "https://w3id.org/tupu/id/")

    public static let document = IRI(trusted: namespace + "Document")
    public static let place = IRI(trusted: namespace + "Place")
    public static let institution = IRI(trusted: namespace + "Institution")
    public static let project = IRI(trusted: namespace + "Project")
    public static let programme = IRI(trusted: namespace + "Programme")

    public static let mentionedIn = IRI(trusted: namespace + "mentionedIn")
    public static let alias = IRI(trusted: namespace + "alias")
    public static let divisionCode = IRI(trusted: namespace + "divisionCode")
    public static let fileName = IRI(trusted: namespace + "fileName")
    public static let sentence = IRI(trusted: namespace + "sentence")
    public static let statedIn = IRI(trusted: namespace + "statedIn")

    public static let partOf = IRI(trusted: namespace + "partOf")
    public static let locatedIn = IRI(trusted: namespace + "locatedIn")
    public static let cooperatesWith = IRI(trusted: namespace + "cooperatesWith")
    public static let honouredWith = IRI(trusted: namespace + "honouredWith")
    public static let runs = IRI(trusted: namespace + "runs")
}

/// The prefixes writers use for Tupu's graphs.
public let standardPrefixes: [(prefix: String, namespace: String)] = [
    ("rdf", RDF.namespace), ("rdfs", RDFS.namespace), ("xsd", XSD.namespace), ("owl", OWL.namespace),
    ("tupu", Tupu.namespace), ("id", Tupu.resourceBase.value),
]
