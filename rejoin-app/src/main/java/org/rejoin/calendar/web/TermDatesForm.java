package org.rejoin.calendar.web;

import java.util.ArrayList;
import java.util.List;

import org.rejoin.calendar.HalfTerm;
import org.rejoin.calendar.TermPeriod;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.web.DateField;

/** The six half terms of a year as typed, each a first and last day. */
public class TermDatesForm {

    private List<Row> rows = new ArrayList<>();

    static TermDatesForm of(List<TermPeriod> periods) {
        var form = new TermDatesForm();
        for (HalfTerm halfTerm : HalfTerm.values()) {
            var row = new Row();
            row.halfTerm = halfTerm.name();
            periods.stream().filter(p -> p.halfTerm() == halfTerm).findFirst().ifPresent(p -> {
                row.startsOn = DateField.of(p.startsOn());
                row.endsOn = DateField.of(p.endsOn());
            });
            form.rows.add(row);
        }
        return form;
    }

    List<TermPeriod> toPeriods(List<FieldError> errors) {
        var periods = new ArrayList<TermPeriod>();
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            String field = "rows[" + i + "]";
            var halfTerm = org.rejoin.platform.web.Choices.parse(HalfTerm.class, r.halfTerm);
            if (halfTerm == null) {
                errors.add(new FieldError(field + ".halfTerm", "'" + r.halfTerm + "' is not a half term"));
                continue;
            }
            periods.add(new TermPeriod(halfTerm,
                    r.startsOn.parse(field + ".startsOn", "First day", true, errors),
                    r.endsOn.parse(field + ".endsOn", "Last day", true, errors)));
        }
        return periods;
    }

    /** Where a rule about a half term (named by the half term) shows on this form. */
    String fieldOf(String halfTerm) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).halfTerm.equals(halfTerm)) {
                return "rows[" + i + "].startsOn";
            }
        }
        return halfTerm;
    }

    public List<Row> getRows() { return rows; }
    public void setRows(List<Row> rows) { this.rows = rows; }

    public static class Row {
        private String halfTerm;
        private DateField startsOn = new DateField();
        private DateField endsOn = new DateField();

        public String getHalfTerm() { return halfTerm; }
        public void setHalfTerm(String v) { this.halfTerm = v; }
        public DateField getStartsOn() { return startsOn; }
        public void setStartsOn(DateField v) { this.startsOn = v; }
        public DateField getEndsOn() { return endsOn; }
        public void setEndsOn(DateField v) { this.endsOn = v; }
    }
}
