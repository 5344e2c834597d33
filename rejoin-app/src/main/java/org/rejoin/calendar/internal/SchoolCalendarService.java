package org.rejoin.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.rejoin.audit.AuditAction;
import org.rejoin.audit.AuditActor;
import org.rejoin.audit.AuditLog;
import org.rejoin.audit.FieldChange;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.BankHoliday;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.calendar.SchoolDays;
import org.rejoin.calendar.TermPeriod;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaAdminOrRejoin;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Term dates and INSET days kept by the LA; school-day tables built from them on first use and rebuilt after a change
 * commits (docs/rules/school-days.md).
 */
@Service
@Transactional(readOnly = true)
class SchoolCalendarService implements SchoolCalendar {

    private final JdbcCalendarRows rows;
    private final AuditLog audit;
    private volatile SchoolDayTable localAuthority;
    private final Map<UUID, SchoolDayTable> establishments = new ConcurrentHashMap<>();

    SchoolCalendarService(JdbcCalendarRows rows, AuditLog audit) {
        this.rows = rows;
        this.audit = audit;
    }

    @Override
    public SchoolDays forLocalAuthority() {
        return table();
    }

    @Override
    public SchoolDays forEstablishment(UUID establishmentId) {
        return establishments.computeIfAbsent(establishmentId, id -> table().without(rows.insetDays(id)));
    }

    private SchoolDayTable table() {
        var table = localAuthority;
        if (table == null) {
            table = new SchoolDayTable(rows.allTermDates(), rows.bankHolidayDates(), Set.of());
            localAuthority = table;
        }
        return table;
    }

    @Override
    public List<AcademicYear> yearsWithTermDates() {
        return rows.yearsWithTermDates();
    }

    @Override
    public List<TermPeriod> termDates(AcademicYear year) {
        return rows.termDates(year);
    }

    @Override
    @Transactional
    @LaAdminOrRejoin
    public void setTermDates(AcademicYear year, List<TermPeriod> periods, AuditActor by) {
        var errors = TermDateRules.check(year, periods);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var before = rows.termDates(year);
        rows.replaceTermDates(year, periods);
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
        return rows.bankHolidays(from, to);
    }

    @Override
    public List<LocalDate> insetDays(UUID establishmentId, AcademicYear year) {
        return rows.insetDays(establishmentId, year);
    }

    @Override
    @Transactional
    @LaAdminOrRejoin
    public void setInsetDays(UUID establishmentId, AcademicYear year, List<LocalDate> days, AuditActor by) {
        var errors = InsetDayRules.check(year, days, table());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var before = rows.insetDays(establishmentId, year);
        rows.replaceInsetDays(establishmentId, year, days.stream().distinct().sorted().toList());
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
