package org.rejoin.linkage;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The model shipped with Rejoin, trained and calibrated on the synthetic calibration set. */
public final class Models {

    public static final String STANDARD = "model.json";

    private Models() {
    }

    public static Model standard() {
        try (var in = Models.class.getResourceAsStream(STANDARD)) {
            if (in == null) {
                throw new IllegalStateException("The standard model " + STANDARD + " is missing from the classpath");
            }
            return Model.read(in);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
