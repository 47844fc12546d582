package org.councilgraph.store;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.update.UpdateException;

/**
 * SPARQL Update as Jena runs it, but an enabled remote {@code LOAD} whose URL cannot be loaded
 * (the remote server answers an error, cannot be reached, or sends nothing readable as RDF) fails
 * as a client error, 400, naming the URL and what the remote server did. Fuseki answered 500
 * with Jena's exception text. Jena reports the failure as an {@link HttpException} or an
 * {@link UpdateException}; Fuseki turns a {@link QueryExceptionHTTP} into 400 with its message,
 * so that is what the failure becomes. Only datasets whose context carries {@link #ENABLED} (the
 * served dataset, when its admin may load from URLs) update this way.
 */
final class RemoteLoadFailures {

    /** Set true on a dataset's context to have its updates report remote load failures so. */
    static final Symbol ENABLED = Symbol.create("urn:councilgraph:remote-load-failures");

    private static final UpdateEngineFactory FACTORY = new UpdateEngineFactory() {
        @Override
        public boolean accept(DatasetGraph dataset, Context context) {
            return context != null && context.isTrue(ENABLED);
        }

        @Override
        public UpdateEngine create(DatasetGraph dataset, Binding input, Context context) {
            return new UpdateEngineMain(dataset, input, context) {
                @Override
                protected UpdateVisitor prepareWorker() {
                    return new Worker(datasetGraph, inputBinding, this.context);
                }
            };
        }
    };

    private RemoteLoadFailures() {
    }

    /** Registers the update engine with Jena, once per process. */
    static synchronized void register() {
        if (!UpdateEngineRegistry.containsFactory(FACTORY)) {
            UpdateEngineRegistry.addFactory(FACTORY);
        }
    }

    private static final class Worker extends UpdateEngineWorker {
        Worker(DatasetGraph dataset, Binding input, Context context) {
            super(dataset, input, context);
        }

        @Override
        public void visit(UpdateLoad load) {
            try {
                super.visit(load);
            } catch (HttpException e) {
                throw failed(load, e.getStatusCode() > 0 ? "the remote server answered " + e.getStatusCode()
                        : "the remote server could not be reached");
            } catch (UpdateException e) {
                if (!(e.getCause() instanceof RiotException)) {
                    throw e;
                }
                throw failed(load, "the remote server's answer is not RDF that can be read");
            }
        }

        private static QueryExceptionHTTP failed(UpdateLoad load, String what) {
            return new QueryExceptionHTTP(502, "LOAD <" + load.getSource() + "> failed: " + what + "; nothing was loaded");
        }
    }
}
