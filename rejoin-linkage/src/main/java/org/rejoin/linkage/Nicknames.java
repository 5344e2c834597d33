package org.rejoin.linkage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps the forms of a forename to one canonical form: short forms (Bob, Robert), and the
 * transliterations of one name (Mohammed, Muhammad, Mohamed). A name in no group is its own.
 */
public final class Nicknames {

    private final Map<String, String> canonical;

    private Nicknames(Map<String, String> canonical) {
        this.canonical = canonical;
    }

    /** The table shipped with Rejoin: {@code nicknames.csv}, one group a line, canonical form first. */
    public static Nicknames standard() {
        var map = new HashMap<String, String>();
        try (var in = new BufferedReader(new InputStreamReader(
                Nicknames.class.getResourceAsStream("nicknames.csv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] forms = line.split(",");
                String first = Standardiser.name(forms[0]);
                for (String form : forms) {
                    map.putIfAbsent(Standardiser.name(form), first);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Nicknames(map);
    }

    /** The canonical form of a standardised forename. */
    public String canonical(String forename) {
        return canonical.getOrDefault(forename, forename);
    }
}
