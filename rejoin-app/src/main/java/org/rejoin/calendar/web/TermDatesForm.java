package org.rejoin.calendar.web;

import java.util.ArrayList;
import java.util.List;

import org.rejoin.calendar.HalfTerm;
import org.rejoin.calendar.TermPeriod;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.web.DateParts;

/** The six half terms of a year as typed, each a first and last day. */
public class TermDatesForm {

    private List<Row> rows = new ArrayList<>();

    static TermDatesForm of(List<TermPeriod> periods) {
        var form = new TermDatesForm();
        for (HalfTerm halfTerm : HalfTerm.values()) {
            var row = new Row();
            row.halfTerm = halfTerm.name();
            periods.stream().filter(p -> p.halfTerm() == halfTerm).findFirst().ifPresent(p -> {
                String[] from = DateParts.of(p.startsOn());
                String[] to = DateParts.of(p.endsOn());
                row.startsOnDay = from[0];
                row.startsOnMonth = from[1];
                row.startsOnYear = from[2];
                row.endsOnDay = to[0];
                row.endsOnMonth = to[1];
                row.endsOnYear = to[2];
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
            periods.add(new TermPeriod(HalfTerm.valueOf(r.halfTerm),
                    DateParts.parse(r.startsOnDay, r.startsOnMonth, r.startsOnYear, field + ".startsOn", "First day", true, errors),
                    DateParts.parse(r.endsOnDay, r.endsOnMonth, r.endsOnYear, field + ".endsOn", "Last day", true, errors)));
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
        private String startsOnDay;
        private String startsOnMonth;
        private String startsOnYear;
        private String endsOnDay;
        private String endsOnMonth;
        private String endsOnYear;

        public String getStartsOn() { return startsOnDay + "/" + startsOnMonth + "/" + startsOnYear; }
        public String getEndsOn() { return endsOnDay + "/" + endsOnMonth + "/" + endsOnYear; }
        public String getHalfTerm() { return halfTerm; }
        public void setHalfTerm(String v) { this.halfTerm = v; }
        public String getStartsOnDay() { return startsOnDay; }
        public void setStartsOnDay(String v) { this.startsOnDay = v; }
        public String getStartsOnMonth() { return startsOnMonth; }
        public void setStartsOnMonth(String v) { this.startsOnMonth = v; }
        public String getStartsOnYear() { return startsOnYear; }
        public void setStartsOnYear(String v) { this.startsOnYear = v; }
        public String getEndsOnDay() { return endsOnDay; }
        public void setEndsOnDay(String v) { this.endsOnDay = v; }
        public String getEndsOnMonth() { return endsOnMonth; }
        public void setEndsOnMonth(String v) { this.endsOnMonth = v; }
        public String getEndsOnYear() { return endsOnYear; }
        public void setEndsOnYear(String v) { this.endsOnYear = v; }
    }
}
