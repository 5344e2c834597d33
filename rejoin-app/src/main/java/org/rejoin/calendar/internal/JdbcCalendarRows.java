package org.rejoin.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.BankHoliday;
import org.rejoin.calendar.HalfTerm;
import org.rejoin.calendar.TermPeriod;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Term dates, bank holidays and INSET days: SQL and row mapping only. */
@Repository
class JdbcCalendarRows {

    private final JdbcClient jdbc;

    JdbcCalendarRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every year's half terms, each year's in order. */
    Map<AcademicYear, List<TermPeriod>> allTermDates() {
        Map<AcademicYear, List<TermPeriod>> terms = new TreeMap<>();
        jdbc.sql("select * from term_period order by academic_year, starts_on").query(rs -> {
            terms.computeIfAbsent(new AcademicYear(rs.getInt("academic_year")), y -> new ArrayList<>()).add(termPeriod(rs));
        });
        return terms;
    }

    List<TermPeriod> termDates(AcademicYear year) {
        return jdbc.sql("select * from term_period where academic_year = ? order by starts_on").param(year.startYear())
                .query((rs, row) -> termPeriod(rs)).list();
    }

    List<AcademicYear> yearsWithTermDates() {
        return jdbc.sql("select distinct academic_year from term_period order by academic_year")
                .query(Integer.class).list().stream().map(AcademicYear::new).toList();
    }

    void replaceTermDates(AcademicYear year, List<TermPeriod> periods) {
        jdbc.sql("delete from term_period where academic_year = ?").param(year.startYear()).update();
        for (var p : periods) {
            jdbc.sql("insert into term_period (academic_year, half_term, starts_on, ends_on) values (?, ?, ?, ?)")
                    .params(year.startYear(), p.halfTerm().name(), p.startsOn(), p.endsOn()).update();
        }
    }

    /** An establishment's own half terms, for the years it set them, each year's in order. */
    Map<AcademicYear, List<TermPeriod>> ownTermDates(UUID establishmentId) {
        Map<AcademicYear, List<TermPeriod>> terms = new TreeMap<>();
        jdbc.sql("select * from establishment_term_period where establishment_id = ? order by academic_year, starts_on")
                .param(establishmentId)
                .query(rs -> {
                    terms.computeIfAbsent(new AcademicYear(rs.getInt("academic_year")), y -> new ArrayList<>())
                            .add(termPeriod(rs));
                });
        return terms;
    }

    /** Replaces an establishment's own half terms for a year; none leaves it with the LA's. */
    void replaceOwnTermDates(UUID establishmentId, AcademicYear year, List<TermPeriod> periods) {
        jdbc.sql("delete from establishment_term_period where establishment_id = ? and academic_year = ?")
                .params(establishmentId, year.startYear()).update();
        for (var p : periods) {
            jdbc.sql("""
                    insert into establishment_term_period (establishment_id, academic_year, half_term, starts_on, ends_on)
                    values (?, ?, ?, ?, ?)""")
                    .params(establishmentId, year.startYear(), p.halfTerm().name(), p.startsOn(), p.endsOn()).update();
        }
    }

    Set<LocalDate> bankHolidayDates() {
        return new HashSet<>(jdbc.sql("select holiday_date from bank_holiday").query(LocalDate.class).list());
    }

    List<BankHoliday> bankHolidays(LocalDate from, LocalDate to) {
        return jdbc.sql("select * from bank_holiday where holiday_date between ? and ? order by holiday_date")
                .params(from, to)
                .query((rs, row) -> new BankHoliday(rs.getObject("holiday_date", LocalDate.class), rs.getString("name")))
                .list();
    }

    /** An establishment's INSET days in every year. */
    List<LocalDate> insetDays(UUID establishmentId) {
        return jdbc.sql("select inset_date from inset_day where establishment_id = ?").param(establishmentId)
                .query(LocalDate.class).list();
    }

    List<LocalDate> insetDays(UUID establishmentId, AcademicYear year) {
        return jdbc.sql("""
                select inset_date from inset_day where establishment_id = ? and inset_date between ? and ?
                order by inset_date""").params(establishmentId, year.firstDay(), year.lastDay())
                .query(LocalDate.class).list();
    }

    void replaceInsetDays(UUID establishmentId, AcademicYear year, List<LocalDate> days) {
        jdbc.sql("delete from inset_day where establishment_id = ? and inset_date between ? and ?")
                .params(establishmentId, year.firstDay(), year.lastDay()).update();
        for (LocalDate day : days) {
            jdbc.sql("insert into inset_day (establishment_id, inset_date) values (?, ?)").params(establishmentId, day)
                    .update();
        }
    }

    private static TermPeriod termPeriod(ResultSet rs) throws SQLException {
        return new TermPeriod(HalfTerm.valueOf(rs.getString("half_term")), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class));
    }
}
