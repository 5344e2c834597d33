package org.rejoin.audit;

/** One field of a record that changed, with its value before and after ({@code null} when empty). */
public record FieldChange(String field, String before, String after) {
}
