package org.rejoin.cme.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.rejoin.cme.CaseDocument;
import org.rejoin.cme.CaseNote;
import org.rejoin.cme.CmeCase;
import org.rejoin.cme.Enquiry;
import org.rejoin.tasks.Task;

import org.springframework.context.MessageSource;

/** Everything that happened on a case, newest first, for the case page's timeline. */
final class CaseTimeline {

    /** One thing that happened on a case. */
    record Item(LocalDate on, Instant at, String what, String detail, String by) {
    }

    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;

    CaseTimeline(MessageSource messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
    }

    /** The case's milestones, enquiries, notes and contacts, documents, and the tasks done. */
    List<Item> of(CmeCase c, List<Enquiry> enquiries, List<CaseNote> notes, List<CaseDocument> documents,
            List<Task> tasks) {
        var items = new ArrayList<Item>();
        c.milestones().forEach(m -> items.add(new Item(m.occurredOn(), m.recordedAt(), message("milestone." + m.milestone())
                + (m.outcome() == null ? "" : ": " + message("closureOutcome." + m.outcome())),
                join(m.destination(), m.details()), m.recordedBy())));
        enquiries.forEach(e -> items.add(new Item(e.checkedOn(), e.recordedAt(), message("enquiryCheck." + e.check())
                + ": " + message("enquiryOutcome." + e.outcome()), e.notes(), e.recordedBy())));
        notes.forEach(n -> items.add(new Item(n.occurredOn(), n.recordedAt(), "CONTACT".equals(n.kind())
                ? message("cme.timeline.contact", n.contactWith()) + (n.method() == null ? "" : " (" + n.method() + ")")
                : message("cme.timeline.note"), n.text(), n.recordedBy())));
        documents.forEach(d -> items.add(new Item(LocalDate.ofInstant(d.uploadedAt(), zone), d.uploadedAt(),
                message("cme.timeline.document", d.filename()), d.description(), d.uploadedBy())));
        tasks.stream().filter(t -> !t.isOpen()).forEach(t -> items.add(new Item(LocalDate.ofInstant(t.closedAt(), zone),
                t.closedAt(), message("cme.timeline.taskDone", t.title()), t.outcome(), t.closedBy())));
        items.sort(Comparator.comparing(Item::on).thenComparing(Item::at).reversed());
        return items;
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + ". " + b;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
