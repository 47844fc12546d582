package org.councilgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.assembler.JA;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;

/**
 * The Fuseki assembler configuration of the councilgraph service ({@code fuseki-config/config.ttl}),
 * the single description of the dataset (TDB2, union default graph, text index) and its endpoints.
 * Copies of it can be pointed at a database folder or given another query timeout; the file
 * itself is never changed.
 */
public final class ServiceConfiguration {

    /** Where the packaged copy of {@code fuseki-config/config.ttl} is on the classpath. */
    public static final String RESOURCE = "/fuseki-config/config.ttl";

    /** Base for the relative IRIs ({@code <#service>}) of the packaged copy. */
    private static final String BASE = "https://w3id.org/councilgraph/fuseki-config/config.ttl";

    private final Model model;

    private ServiceConfiguration(Model model) {
        // The assembler's class hierarchy, as Fuseki adds it when it reads a configuration file.
        AssemblerUtils.addRegistered(model);
        this.model = model;
        service();
    }

    /** The configuration packaged with councilgraph. */
    public static ServiceConfiguration packaged() {
        JenaSystem.init();
        try (InputStream in = ServiceConfiguration.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the service configuration is missing from the classpath: " + RESOURCE);
            }
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base(BASE).parse(m);
            return new ServiceConfiguration(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A configuration file of the same form (one service, a text dataset over TDB2). */
    public static ServiceConfiguration read(Path file) {
        JenaSystem.init();
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(file).lang(Lang.TURTLE).parse(m);
        return new ServiceConfiguration(m);
    }

    /** A copy whose TDB2 store is {@code DIR/tdb2} and whose text index is {@code DIR/text-index}. */
    public ServiceConfiguration forDatabase(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        Model copy = copy();
        replaceObjects(copy, VocabTDB2.pLocation, copy.createLiteral(absolute.resolve("tdb2").toString()));
        replaceObjects(copy, TextVocab.pDirectory, copy.createLiteral(absolute.resolve("text-index").toString()));
        return new ServiceConfiguration(copy);
    }

    /** A copy whose queries are stopped after {@code timeout}. */
    public ServiceConfiguration withQueryTimeout(Duration timeout) {
        Model copy = copy();
        List<Resource> settings = copy.listResourcesWithProperty(JA.cxtName).toList();
        boolean found = false;
        for (Resource setting : settings) {
            String name = setting.getProperty(JA.cxtName).getString();
            if (isQueryTimeout(name)) {
                setting.removeAll(JA.cxtValue);
                setting.addProperty(JA.cxtValue, Long.toString(timeout.toMillis()));
                found = true;
            }
        }
        if (!found) {
            copy.getResource(datasetIn(copy).getURI()).addProperty(JA.context, copy.createResource()
                    .addProperty(JA.cxtName, "arq:queryTimeout")
                    .addProperty(JA.cxtValue, Long.toString(timeout.toMillis())));
        }
        return new ServiceConfiguration(copy);
    }

    /** The configuration as an assembler model (what Fuseki's builder parses). */
    public Model model() {
        return model;
    }

    /** The service's name, the first segment of its URLs: {@code councilgraph}. */
    public String serviceName() {
        return service().getRequiredProperty(FusekiVocab.pServiceName).getString();
    }

    /** The configured query timeout, or null when there is none. */
    public Duration queryTimeout() {
        for (Resource setting : model.listResourcesWithProperty(JA.cxtName).toList()) {
            String name = setting.getProperty(JA.cxtName).getString();
            if (isQueryTimeout(name)) {
                String value = setting.getProperty(JA.cxtValue).getString();
                int comma = value.indexOf(',');
                return Duration.ofMillis(Long.parseLong((comma < 0 ? value : value.substring(comma + 1)).strip()));
            }
        }
        return null;
    }

    /**
     * Builds the service's dataset (text index over TDB2) as the assembler describes it. Only
     * one such dataset may be open for a database folder at a time: the text index allows a
     * single writer.
     */
    public DatasetGraph assembleDataset() {
        Dataset dataset = (Dataset) Assembler.general().open(datasetIn(model));
        return dataset.asDatasetGraph();
    }

    private static boolean isQueryTimeout(String contextName) {
        return contextName.equals("arq:queryTimeout") || contextName.equals(ARQ.queryTimeout.getSymbol());
    }

    private Resource service() {
        List<Resource> services = model.listResourcesWithProperty(RDF.type, FusekiVocab.fusekiService).toList();
        if (services.size() != 1) {
            throw new IllegalArgumentException("the configuration must describe exactly one fuseki:Service, it has "
                    + services.size());
        }
        Resource service = services.get(0);
        if (!service.hasProperty(FusekiVocab.pServiceName) || !service.hasProperty(FusekiVocab.pDataset)) {
            throw new IllegalArgumentException("the fuseki:Service needs a fuseki:name and a fuseki:dataset");
        }
        return service;
    }

    private static Resource datasetIn(Model m) {
        List<Resource> services = m.listResourcesWithProperty(RDF.type, FusekiVocab.fusekiService).toList();
        return services.get(0).getRequiredProperty(FusekiVocab.pDataset).getResource();
    }

    private Model copy() {
        Model copy = ModelFactory.createDefaultModel();
        copy.add(model);
        copy.setNsPrefixes(model.getNsPrefixMap());
        return copy;
    }

    private static void replaceObjects(Model m, Property p, RDFNode value) {
        for (Statement s : m.listStatements(null, p, (RDFNode) null).toList()) {
            m.remove(s);
            m.add(s.getSubject(), p, value);
        }
    }
}
