package org.councilgraph.extract.participation;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * The trained participation model: a maximum-entropy classifier over the features of one place a
 * person is named ({@link ParticipationFeatures}), trained from the corpus gold answers
 * ({@link ParticipationTraining}). It says how likely the minutes record the person there as
 * present, sending apologies, in attendance, or none of these. {@link #NONE} knows nothing.
 */
public final class ParticipationModel {

    /** Where the build packages the trained model. */
    public static final String RESOURCE = "/org/councilgraph/extract/participation/en-participation-councilgraph.bin";

    /** A model that says nothing: extraction by the rules alone. */
    public static final ParticipationModel NONE = new ParticipationModel(null);

    private final MaxentModel model;

    ParticipationModel(MaxentModel model) {
        this.model = model;
    }

    /** The model the build trained and packaged, or {@link #NONE} when the build packaged none. */
    public static ParticipationModel packaged() {
        return Packaged.MODEL;
    }

    public boolean isNone() {
        return model == null;
    }

    /** The probability of each participation, given the features of a place. */
    public Map<Participation, Double> classify(String[] features) {
        Map<Participation, Double> out = new EnumMap<>(Participation.class);
        if (model == null) {
            out.put(Participation.OTHER, 1.0);
            return out;
        }
        double[] p = model.eval(features);
        for (int i = 0; i < p.length; i++) {
            out.put(Participation.valueOf(model.getOutcome(i)), p[i]);
        }
        return out;
    }

    public static ParticipationModel read(InputStream in) throws IOException {
        AbstractModel m = new GenericModelReader(new BinaryFileDataReader(new DataInputStream(new BufferedInputStream(in))))
                .getModel();
        return new ParticipationModel(m);
    }

    public static ParticipationModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file); DataOutputStream data = new DataOutputStream(out)) {
            new GenericModelWriter((AbstractModel) model, data).persist();
        }
    }

    private static final class Packaged {
        static final ParticipationModel MODEL = load();

        private static ParticipationModel load() {
            try (InputStream in = ParticipationModel.class.getResourceAsStream(RESOURCE)) {
                return in == null ? NONE : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the packaged participation model", e);
            }
        }
    }
}
