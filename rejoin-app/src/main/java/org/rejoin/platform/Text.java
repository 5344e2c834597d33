package org.rejoin.platform;

import java.util.Locale;

/** How free text typed into a form is read, the same everywhere. */
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

    /** An enum constant as words in a sentence: {@code PROVISION_ACCESSED} is "provision accessed". */
    public static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
