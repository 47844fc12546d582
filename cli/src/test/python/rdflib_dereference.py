"""An independent linked-data client: rdflib dereferences resource IRIs on a councilgraph server.

    python3 rdflib_dereference.py SERVER IRI...

For each IRI (minted under the server's base), rdflib's Graph().parse() fetches SERVER/id/PATH
as any linked-data tool would: it follows the 303 to the description and picks the parser from
the Content-Type. The description must hold triples about the IRI and triples pointing at it.
Exit status 0 when every IRI passes. Run by RdflibClientTest (CI installs Debian's python3-rdflib).
"""
import sys
from urllib.parse import urlparse

from rdflib import Graph, URIRef


def local_url(server, iri):
    path = urlparse(iri).path
    return server + "/id/" + path.split("/id/", 1)[1]


def main(server, iris):
    ok = True
    for iri in iris:
        g = Graph()
        g.parse(local_url(server, iri))
        out = len(list(g.triples((URIRef(iri), None, None))))
        inbound = len(list(g.triples((None, None, URIRef(iri)))))
        print(f"{iri}: {len(g)} triples, {out} about it, {inbound} pointing at it")
        ok = ok and out > 0 and inbound > 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
