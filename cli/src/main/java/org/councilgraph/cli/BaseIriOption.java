package org.councilgraph.cli;

import org.councilgraph.extract.rdf.IriBase;
import org.councilgraph.ontology.CG;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --base IRI}: where resource IRIs are minted; shared by extract, load and serve, which must agree. */
public final class BaseIriOption {

    @Option(names = "--base", paramLabel = "IRI", converter = Converter.class, defaultValue = CG.ID,
            description = "Mint resource IRIs under this base (default ${DEFAULT-VALUE}); serve publishes them at /id/.")
    IriBase base = IriBase.DEFAULT;

    public IriBase base() {
        return base;
    }

    /** Checks the base when the command line is parsed, so a bad one is a usage error. */
    static final class Converter implements ITypeConverter<IriBase> {
        @Override
        public IriBase convert(String value) {
            try {
                return new IriBase(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
