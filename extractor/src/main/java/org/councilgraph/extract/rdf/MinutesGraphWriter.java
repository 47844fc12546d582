package org.councilgraph.extract.rdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.councilgraph.extract.fact.ExtractedMinutes;
import org.councilgraph.extract.fact.Fact;
import org.councilgraph.extract.fact.MeetingHeader;
import org.councilgraph.extract.name.PersonName;
import org.councilgraph.extract.read.SourceDocument;
import org.councilgraph.ontology.CG;

/**
 * The last stage: streams the facts of one document as quads in the document's own named graph:
 * the document, the meeting and its header, then each kind of fact by its {@link FactWriter}.
 * Output order follows the writers' order and the facts' order, so the same input gives
 * byte-identical output.
 */
public final class MinutesGraphWriter {

    private final List<FactWriter<?>> writers;

    /** A graph writer with the standard writers ({@link FactWriters#standard()}). */
    public MinutesGraphWriter() {
        this(FactWriters.standard());
    }

    /**
     * A graph writer with {@code writers}, written in this order.
     *
     * @throws IllegalArgumentException when a kind of fact has no writer, or two
     */
    public MinutesGraphWriter(List<FactWriter<?>> writers) {
        this.writers = List.copyOf(writers);
        Set<Class<?>> kinds = this.writers.stream().map(FactWriter::kind).collect(Collectors.toSet());
        if (kinds.size() != this.writers.size()) {
            throw new IllegalArgumentException("two writers for one kind of fact");
        }
        String missing = Arrays.stream(Fact.class.getPermittedSubclasses()).filter(k -> !kinds.contains(k))
                .map(Class::getSimpleName).sorted().collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no writer for these kinds of fact: " + missing);
        }
    }

    /**
     * One document's triples as an in-memory graph, without its graph name: for work on one
     * document at a time (answering its competency questions, validating it), not for batches.
     */
    public Graph documentGraph(ExtractedMinutes minutes) {
        Graph graph = GraphFactory.createDefaultGraph();
        StreamRDF sink = GraphPrefixes.dropGraphNames(StreamRDFLib.graph(graph));
        sink.start();
        write(minutes, sink);
        sink.finish();
        return graph;
    }

    /** Writes {@code minutes} to {@code sink}; the caller starts and finishes the stream. */
    public void write(ExtractedMinutes minutes, StreamRDF sink) {
        DocumentGraph g = new DocumentGraph(minutes, sink, people(minutes));
        document(minutes, g);
        meeting(minutes.header(), g);
        for (FactWriter<?> writer : writers) {
            write(writer, minutes, g);
        }
    }

    private static <F extends Fact> void write(FactWriter<F> writer, ExtractedMinutes minutes, DocumentGraph g) {
        writer.write(minutes.facts().of(writer.kind()), g);
    }

    /** Every name the facts give, in the writers' order: the same person's fullest name then names their IRI. */
    private List<PersonName> people(ExtractedMinutes minutes) {
        List<PersonName> out = new ArrayList<>();
        for (FactWriter<?> writer : writers) {
            minutes.facts().of(writer.kind()).forEach(f -> out.addAll(f.people()));
        }
        return out;
    }

    private static void document(ExtractedMinutes m, DocumentGraph g) {
        SourceDocument d = m.document();
        Node doc = g.document();
        g.type(doc, CG.MinutesDocument);
        g.add(doc, RDFS.label.asNode(), DocumentGraph.string(d.label()));
        g.add(doc, CG.fileName, DocumentGraph.string(d.name()));
        g.add(doc, CG.mediaType, DocumentGraph.string(d.mediaType()));
        g.add(doc, CG.contentSha256, DocumentGraph.string(d.sha256()));
        g.add(doc, CG.textLength, DocumentGraph.integer(g.text().codePointOffset(g.text().length())));
        g.add(doc, CG.layout, DocumentGraph.string(m.layout().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        d.metadata().url().ifPresent(u -> g.add(doc, CG.sourceUrl, NodeFactory.createLiteralDT(u, XSDDatatype.XSDanyURI)));
        g.add(doc, CG.minutesOf, g.meeting());
    }

    private static void meeting(MeetingHeader h, DocumentGraph g) {
        Node meeting = g.meeting();
        g.type(meeting, CG.Meeting);
        Node council = null;
        if (h.council() != null) {
            council = g.iris().council(h.council().value());
            if (g.declare(council)) {
                g.type(council, CG.Council);
                g.add(council, RDFS.label.asNode(), DocumentGraph.string(h.council().value()));
            }
        }
        if (h.committee() != null) {
            Node committee = g.iris().committee(h.committee().value(), h.committeeNamed());
            if (g.declare(committee)) {
                g.type(committee, CG.Committee);
                g.add(committee, RDFS.label.asNode(), DocumentGraph.string(h.committee().value()));
                if (council != null) {
                    g.add(committee, CG.unitOf, council);
                }
            }
            g.add(meeting, CG.heldBy, committee);
        } else if (council != null) {
            g.add(meeting, CG.heldBy, council);
        }
        if (h.date() != null) {
            g.date(meeting, h.date().value());
            if (h.time() != null) {
                g.startTime(meeting, h.date().value(), h.time().value());
            }
        }
        if (h.venue() != null) {
            g.add(meeting, CG.venue, DocumentGraph.string(h.venue().value()));
        }
    }
}
