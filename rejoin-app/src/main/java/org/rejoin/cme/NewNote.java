package org.rejoin.cme;

import java.time.LocalDate;

/** A note ({@code contactWith} null) or a contact with the family. */
public record NewNote(LocalDate occurredOn, String contactWith, String method, String text) {
}
