package org.councilgraph.store;

import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A councilgraph database folder opened as the service configuration describes it: a TDB2 store
 * ({@code DIR/tdb2}) under a Lucene text index ({@code DIR/text-index}), with the union of the
 * document graphs as the default graph of queries. Closing it releases both, so the folder can
 * be opened again, by this process or another.
 */
public final class CouncilDatabase implements AutoCloseable {

    private final Path folder;
    private final DatasetGraph dataset;

    private CouncilDatabase(Path folder, DatasetGraph dataset) {
        this.folder = folder;
        this.dataset = dataset;
    }

    /** Opens (creating when missing) the database in {@code folder} with the packaged configuration. */
    public static CouncilDatabase open(Path folder) {
        return open(folder, ServiceConfiguration.packaged());
    }

    /** Opens the database in {@code folder} as {@code configuration} describes its dataset. */
    public static CouncilDatabase open(Path folder, ServiceConfiguration configuration) {
        return new CouncilDatabase(folder, configuration.forDatabase(folder).assembleDataset());
    }

    /** Wraps a dataset opened elsewhere (by the Fuseki builder); closing it closes the dataset. */
    public static CouncilDatabase of(Path folder, DatasetGraph dataset) {
        return new CouncilDatabase(folder, dataset);
    }

    public Path folder() {
        return folder;
    }

    /** The text dataset: load and query through it so that the text index stays in step. */
    public DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public void close() {
        dataset.close();
        // TDB2 keeps its store open for the life of the process unless it is expelled.
        DatasetGraph base = dataset;
        while (!TDBInternal.isTDB2(base) && base instanceof DatasetGraphWrapper wrapper) {
            base = wrapper.getWrapped();
        }
        if (TDBInternal.isTDB2(base)) {
            TDBInternal.expel(base);
        }
    }
}
