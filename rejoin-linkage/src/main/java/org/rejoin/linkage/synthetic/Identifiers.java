package org.rejoin.linkage.synthetic;

import java.util.Locale;
import java.util.Random;

import org.rejoin.linkage.UpnCheckLetter;

/** Postcodes and UPNs for a synthetic population, drawn from the population's own random numbers. */
final class Identifiers {

    private final Random random;
    private int upnSerial;

    Identifiers(Random random) {
        this.random = random;
    }

    /** A postcode in the synthetic area. */
    String postcode() {
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        return "KB" + (1 + random.nextInt(20)) + " " + (1 + random.nextInt(9)) + letters.charAt(random.nextInt(20))
                + letters.charAt(random.nextInt(20));
    }

    /**
     * A UPN with a valid check letter (DfE UPN guide Annex A); temporary ones end in a letter.
     * Permanent UPNs are unique, as the DfE's are: the establishment and year digits count on
     * from the serial, so no two children share one by accident (1.6 million per seed).
     */
    String upn(boolean temporary) {
        upnSerial++;
        String body = "999" + String.format(Locale.ROOT, "%04d", 2000 + upnSerial / 1000 % 100)
                + String.format(Locale.ROOT, "%02d", 10 + upnSerial / 100_000 % 16);
        String tail = body + (temporary ? String.format(Locale.ROOT, "%02d", upnSerial % 100)
                + UpnCheckLetter.LETTERS.charAt(random.nextInt(23)) : String.format(Locale.ROOT, "%03d", upnSerial % 1000));
        return UpnCheckLetter.complete(tail);
    }
}
