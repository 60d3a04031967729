"""The project's vocabulary as rdflib namespaces, and the prefixes every output uses.

``KG`` is a ``DefinedNamespace`` with ``_fail = True``: a typo in a term raises instead of
minting a property nobody documented. Every term here is defined in ontology/kg.ttl (a
test checks both ways).
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/cnpolkg/ontology#"
RESOURCE_IRI = "https://w3id.org/cnpolkg/id/"


class KG(DefinedNamespace):
    """Classes and properties of the cnpolkg ontology."""

    _NS = Namespace(ONTOLOGY_IRI)
    _fail = True

    # classes
    Document: URIRef
    Place: URIRef
    Province: URIRef
    Prefecture: URIRef
    County: URIRef
    Township: URIRef
    Village: URIRef
    Region: URIRef
    Organization: URIRef
    PartyOrganization: URIRef
    PartyCommittee: URIRef
    PartyBranch: URIRef
    GovernmentBody: URIRef
    School: URIRef
    Company: URIRef
    Cooperative: URIRef
    Person: URIRef
    Mechanism: URIRef
    NumericAbbreviation: URIRef
    QuotedSlogan: URIRef
    NamedPractice: URIRef
    Program: URIRef
    Goal: URIRef
    Event: URIRef
    Congress: URIRef
    Plenum: URIRef
    Meeting: URIRef
    Campaign: URIRef
    PolicyDocument: URIRef
    Statistic: URIRef
    Problem: URIRef
    Mention: URIRef
    Assertion: URIRef
    Renaming: URIRef
    # relations between things
    locatedIn: URIRef
    practices: URIRef
    aimsAt: URIRef
    hasComponent: URIRef
    proposedBy: URIRef
    authorOf: URIRef
    editorOf: URIRef
    affiliatedWith: URIRef
    cites: URIRef
    faces: URIRef
    about: URIRef
    # provenance
    hasMention: URIRef
    mentionOf: URIRef
    rule: URIRef
    confidence: URIRef
    stated: URIRef
    # attributes
    level: URIRef
    adminCode: URIRef
    inGazetteer: URIRef
    renamedTo: URIRef
    renamedFrom: URIRef
    renaming: URIRef
    renamedOn: URIRef
    oldName: URIRef
    newName: URIRef
    numeral: URIRef
    role: URIRef
    partNumber: URIRef
    page: URIRef
    affiliation: URIRef
    componentCount: URIRef
    componentsAgree: URIRef
    measure: URIRef
    value: URIRef
    unit: URIRef
    comparator: URIRef
    year: URIRef
    contentHash: URIRef
    sourcePath: URIRef
    encoding: URIRef
    format: URIRef
    sentenceCount: URIRef


NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
ITSRDF = Namespace("http://www.w3.org/2005/11/its/rdf#")
PROV = Namespace("http://www.w3.org/ns/prov#")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
ID = Namespace(RESOURCE_IRI)

PREFIXES: dict[str, str] = {
    "kg": ONTOLOGY_IRI,
    "id": RESOURCE_IRI,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": str(PROV),
    "nif": str(NIF),
    "itsrdf": str(ITSRDF),
    "geo": str(GEO),
}


def bind_prefixes(g) -> None:  # noqa: ANN001 - rdflib Graph or Dataset
    """Bind the project's prefixes on a graph (replacing rdflib's defaults)."""
    for prefix, iri in PREFIXES.items():
        g.bind(prefix, iri, override=True, replace=True)
