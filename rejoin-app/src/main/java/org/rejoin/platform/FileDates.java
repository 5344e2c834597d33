package org.rejoin.platform;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates as files from schools' and LAs' systems write them: 2026-09-03, or 03/09/2026 (and 3/9/2026). */
public final class FileDates {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private FileDates() {
    }

    /** @throws DateTimeParseException when the text is neither form, or no such day */
    public static LocalDate parse(String text) {
        return text.contains("/") ? LocalDate.parse(text, UK) : LocalDate.parse(text);
    }
}
