package org.councilgraph.store;

import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;

/**
 * Parses an RDF file without touching the network: a JSON-LD {@code @context} given by URL is
 * not fetched (the file fails with a message naming it), so loading or validating a file cannot
 * make councilgraph request a URL an attacker chose.
 */
public final class OfflineRdfParser {

    private OfflineRdfParser() {
    }

    /** A parser of {@code file} in {@code lang} that fetches nothing. */
    public static RDFParserBuilder of(Path file, Lang lang) {
        JsonLdOptions options = new JsonLdOptions((url, loaderOptions) -> {
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    "remote JSON-LD contexts are not fetched (" + url + "); put the context in the file");
        });
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return RDFParser.source(file).lang(lang).context(context);
    }
}
