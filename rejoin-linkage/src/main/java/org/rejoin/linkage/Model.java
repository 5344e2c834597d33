package org.rejoin.linkage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Fellegi-Sunter model, saved as versioned JSON: for each field and level the probability of
 * that level among matches (m) and non-matches (u); the prior probability that two records
 * match; the frequencies of forenames, surnames and dates of birth for term-frequency
 * adjustments; and the two thresholds that make the bands.
 *
 * @param m {@code m[field][level]}, in {@link Field} order
 * @param u {@code u[field][level]}
 * @param matchProbability the probability that two records picked at random are the same child
 * @param termFrequencies per field name, the share of records with each value
 * @param matchThreshold weight from which a pair is a match (unless a guard fires)
 * @param reviewThreshold weight from which a pair goes to review
 */
public record Model(String version, double[][] m, double[][] u, double matchProbability,
        Map<String, Map<String, Double>> termFrequencies, double matchThreshold, double reviewThreshold,
        String trainedOn) {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public static Model read(Path path) {
        try {
            return JSON.readValue(Files.readString(path), Model.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Model read(java.io.InputStream in) {
        return JSON.readValue(in, Model.class);
    }

    public void write(Path path) {
        try {
            Files.writeString(path, JSON.writeValueAsString(this));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model with other thresholds, as chosen on a calibration set. */
    public Model withThresholds(double match, double review) {
        return new Model(version, m, u, matchProbability, termFrequencies, match, review, trainedOn);
    }

    public double priorWeight() {
        return log2(matchProbability / (1 - matchProbability));
    }

    /** The weight of one field's level: log2(m/u); 0 for "missing". */
    public double weight(Field field, int level) {
        if (level == 0) {
            return 0;
        }
        return log2(m[field.ordinal()][level] / u[field.ordinal()][level]);
    }

    static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
