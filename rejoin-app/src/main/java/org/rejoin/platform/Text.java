package org.rejoin.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How free text typed into a form is read, and how dates and codes are written for people, the same everywhere. */
public final class Text {

    private Text() {
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The text without surrounding spaces, or null when there is none: what is stored. */
    public static String trimmed(String s) {
        return blank(s) ? null : s.trim();
    }

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A date as GOV.UK writes it in text, in every message a person reads: 7 December 2026; empty for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : date.format(WRITTEN);
    }

    /** An enum constant as words in a sentence: {@code PROVISION_ACCESSED} is "provision accessed". */
    public static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
