package org.rejoin.linkage;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.apache.commons.codec.EncoderException;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Standardises records (ADR 10, "Standardise once, keep the originals"). Phonetic codes are
 * cached by name: a population repeats its names, so each is encoded once. Thread-safe.
 */
public final class Standardiser {

    private final Nicknames nicknames;
    private final DoubleMetaphone doubleMetaphone = new DoubleMetaphone();
    private final BeiderMorseEncoder beiderMorse = new BeiderMorseEncoder();
    private final Map<String, String> codes = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> sounds = new ConcurrentHashMap<>();

    public Standardiser(Nicknames nicknames) {
        this.nicknames = nicknames;
        doubleMetaphone.setMaxCodeLen(6);
        beiderMorse.setNameType(NameType.GENERIC);
        beiderMorse.setRuleType(RuleType.APPROX);
        beiderMorse.setConcat(true);
        beiderMorse.setMaxPhonemes(8);
    }

    public StandardRecord standardise(PersonRecord r) {
        String forename = firstToken(name(r.forename()));
        String surname = name(r.surname());
        String upn = r.upn() == null ? null : r.upn().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        boolean upnValid = UpnCheckLetter.isValid(upn); // a UPN that fails its check letter is no evidence
        String postcode = postcode(r.postcode());
        LocalDate dob = r.dateOfBirth();
        LocalDate swapped = dob != null && dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()
                ? LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()) : null;
        return new StandardRecord(r,
                forename, forename == null ? null : nicknames.canonical(forename), code(forename), sounds(forename),
                name(r.middleNames()),
                surname, surname == null ? Set.of() : tokens(surname), code(surname == null ? null : surname.replace(" ", "")),
                sounds(surname == null ? null : surname.replace(" ", "")),
                dob, swapped, r.sex(),
                upnValid ? upn : null, upnValid && Character.isDigit(upn.charAt(12)),
                postcode, sector(postcode), district(postcode), area(postcode));
    }

    /** "Zoë O'Brien-Smith" becomes "ZOE OBRIEN SMITH"; blank becomes null. */
    public static String name(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).replace("'", "").replace("’", "")
                .replaceAll("[^A-Z ]", " ").trim().replaceAll("\\s+", " ");
        return s.isEmpty() ? null : s;
    }

    private static String firstToken(String name) {
        if (name == null) {
            return null;
        }
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static Set<String> tokens(String name) {
        return Arrays.stream(name.split(" ")).filter(t -> t.length() > 1)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private String code(String name) {
        return name == null ? null : codes.computeIfAbsent(name, n -> {
            String c = doubleMetaphone.doubleMetaphone(n);
            return c == null ? "" : c;
        });
    }

    /** Beider-Morse approximate phonetic forms, for transliterated names (Mohammed, Muhammad, Mohamad). */
    private Set<String> sounds(String name) {
        return name == null ? Set.of() : this.sounds.computeIfAbsent(name, n -> {
            try {
                return Set.copyOf(Arrays.asList(beiderMorse.encode(n).split("\\|")));
            }
            catch (EncoderException e) {
                return Set.<String>of();
            }
        });
    }

    /** A UK postcode in its canonical form "KB1 2AB", or null when it is not one. */
    static String postcode(String raw) {
        if (raw == null) {
            return null;
        }
        String compact = raw.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}")) {
            return null;
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }

    /** "KB1 2AB": sector "KB1 2", district "KB1", area "KB". */
    private static String sector(String postcode) {
        return postcode == null ? null : postcode.substring(0, postcode.length() - 2);
    }

    private static String district(String postcode) {
        return postcode == null ? null : postcode.substring(0, postcode.indexOf(' '));
    }

    private static String area(String postcode) {
        return postcode == null ? null : postcode.replaceAll("[0-9].*", "");
    }
}
