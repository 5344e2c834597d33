package org.rejoin.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditActor;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.BankHoliday;
import org.rejoin.calendar.HalfTerm;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.calendar.SchoolDays;
import org.rejoin.calendar.TermPeriod;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.LaAdminOrRejoin;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Term dates and INSET days in the database; school-day tables built from them on first use and
 * rebuilt after a change commits.
 */
@Service
@Transactional(readOnly = true)
class JdbcSchoolCalendar implements SchoolCalendar {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private volatile SchoolDayTable localAuthority;
    private final Map<UUID, SchoolDayTable> establishments = new ConcurrentHashMap<>();

    JdbcSchoolCalendar(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public SchoolDays forLocalAuthority() {
        return table();
    }

    @Override
    public SchoolDays forEstablishment(UUID establishmentId) {
        return establishments.computeIfAbsent(establishmentId, id -> table().without(
                jdbc.sql("select inset_date from inset_day where establishment_id = ?").param(id)
                        .query(LocalDate.class).list()));
    }

    private SchoolDayTable table() {
        var table = localAuthority;
        if (table == null) {
            Map<AcademicYear, List<TermPeriod>> terms = new TreeMap<>();
            jdbc.sql("select * from term_period order by academic_year, starts_on").query(rs -> {
                terms.computeIfAbsent(new AcademicYear(rs.getInt("academic_year")), y -> new ArrayList<>())
                        .add(new TermPeriod(HalfTerm.valueOf(rs.getString("half_term")),
                                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)));
            });
            var holidays = new HashSet<>(jdbc.sql("select holiday_date from bank_holiday").query(LocalDate.class).list());
            table = new SchoolDayTable(terms, holidays, Set.of());
            localAuthority = table;
        }
        return table;
    }

    @Override
    public List<AcademicYear> yearsWithTermDates() {
        return jdbc.sql("select distinct academic_year from term_period order by academic_year")
                .query(Integer.class).list().stream().map(AcademicYear::new).toList();
    }

    @Override
    public List<TermPeriod> termDates(AcademicYear year) {
        return jdbc.sql("select * from term_period where academic_year = ? order by starts_on").param(year.startYear())
                .query((rs, row) -> new TermPeriod(HalfTerm.valueOf(rs.getString("half_term")),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)))
                .list();
    }

    @Override
    @Transactional
    @LaAdminOrRejoin
    public void setTermDates(AcademicYear year, List<TermPeriod> periods, AuditActor by) {
        var errors = TermDateRules.check(year, periods);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var before = termDates(year);
        jdbc.sql("delete from term_period where academic_year = ?").param(year.startYear()).update();
        for (var p : periods) {
            jdbc.sql("insert into term_period (academic_year, half_term, starts_on, ends_on) values (?, ?, ?, ?)")
                    .params(year.startYear(), p.halfTerm().name(), p.startsOn(), p.endsOn()).update();
        }
        audit.record(by, AuditAction.TERM_DATES_CHANGED, null, "term dates " + year.label(),
                List.of(new FieldChange("termDates", before.isEmpty() ? null : describe(before), describe(periods))));
        invalidateAfterCommit();
    }

    private static String describe(List<TermPeriod> periods) {
        return periods.stream().map(p -> p.halfTerm() + " " + p.startsOn() + " to " + p.endsOn())
                .collect(Collectors.joining("; "));
    }

    @Override
    public List<BankHoliday> bankHolidays(LocalDate from, LocalDate to) {
        return jdbc.sql("select * from bank_holiday where holiday_date between ? and ? order by holiday_date")
                .params(from, to)
                .query((rs, row) -> new BankHoliday(rs.getObject("holiday_date", LocalDate.class), rs.getString("name")))
                .list();
    }

    @Override
    public List<LocalDate> insetDays(UUID establishmentId, AcademicYear year) {
        return jdbc.sql("""
                select inset_date from inset_day where establishment_id = ? and inset_date between ? and ?
                order by inset_date""").params(establishmentId, year.firstDay(), year.lastDay())
                .query(LocalDate.class).list();
    }

    @Override
    @Transactional
    @LaAdminOrRejoin
    public void setInsetDays(UUID establishmentId, AcademicYear year, List<LocalDate> days, AuditActor by) {
        var errors = new ArrayList<FieldError>();
        var laDays = table();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            if (!year.contains(day)) {
                errors.add(new FieldError("days[" + i + "]", day + " is not in the academic year " + year.label()));
            }
            else if (!laDays.isSchoolDay(day)) {
                errors.add(new FieldError("days[" + i + "]", day + " is not a school day in the LA's term dates"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var before = insetDays(establishmentId, year);
        jdbc.sql("delete from inset_day where establishment_id = ? and inset_date between ? and ?")
                .params(establishmentId, year.firstDay(), year.lastDay()).update();
        for (LocalDate day : days.stream().distinct().sorted().toList()) {
            jdbc.sql("insert into inset_day (establishment_id, inset_date) values (?, ?)").params(establishmentId, day)
                    .update();
        }
        audit.record(by, AuditAction.INSET_DAYS_CHANGED, null, "INSET days " + year.label() + " for " + establishmentId,
                List.of(new FieldChange("insetDays", before.toString(), days.toString())));
        invalidateAfterCommit();
    }

    private void invalidateAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                localAuthority = null;
                establishments.clear();
            }
        });
    }
}
