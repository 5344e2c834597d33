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
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.LaAdmin;
import org.rejoin.platform.LaAdminOrOwnEstablishment;
import org.rejoin.platform.LaAdminOrRejoin;
import org.rejoin.platform.Text;

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
    private final Organisations organisations;
    private volatile SchoolDayTable localAuthority;
    private final Map<UUID, SchoolDayTable> establishments = new ConcurrentHashMap<>();

    SchoolCalendarService(JdbcCalendarRows rows, AuditLog audit, Organisations organisations) {
        this.rows = rows;
        this.audit = audit;
        this.organisations = organisations;
    }

    @Override
    public SchoolDays forLocalAuthority() {
        return table();
    }

    @Override
    public SchoolDays forEstablishment(UUID establishmentId) {
        return establishments.computeIfAbsent(establishmentId, id -> ownTerms(id).without(rows.insetDays(id)));
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
        return periods.stream().map(p -> p.halfTerm() + " " + Text.date(p.startsOn()) + " to " + Text.date(p.endsOn()))
                .collect(Collectors.joining("; "));
    }

    @Override
    public List<TermPeriod> termDates(UUID establishmentId, AcademicYear year) {
        var own = rows.ownTermDates(establishmentId).get(year);
        return own != null ? own : rows.termDates(year);
    }

    @Override
    public boolean hasOwnTermDates(UUID establishmentId, AcademicYear year) {
        return rows.ownTermDates(establishmentId).containsKey(year);
    }

    @Override
    @Transactional
    @LaAdminOrOwnEstablishment
    public void setTermDates(UUID establishmentId, AcademicYear year, List<TermPeriod> periods, AuditActor by) {
        if (organisations.establishment(establishmentId).isEmpty()) {
            throw new InvalidInputException("establishmentId", "Select the establishment");
        }
        if (!periods.isEmpty()) {
            var errors = TermDateRules.check(year, periods);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
        replaceOwn(establishmentId, year, periods, by);
    }

    @Override
    @Transactional
    @LaAdmin
    public int importTermDates(java.io.InputStream csv, AuditActor by) {
        var years = TermDatesCsv.read(csv, urn -> organisations.establishmentByUrn(urn).map(e -> e.id()));
        var errors = new java.util.ArrayList<InvalidInputException.FieldError>();
        for (var y : years) {
            TermDateRules.check(y.year(), y.periods()).forEach(e -> errors.add(new InvalidInputException.FieldError("file",
                    "URN " + y.urn() + ", " + y.year().label() + " (from row " + y.firstRow() + "): " + e.message())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        years.forEach(y -> replaceOwn(y.establishmentId(), y.year(), y.periods(), by));
        return years.size();
    }

    private void replaceOwn(UUID establishmentId, AcademicYear year, List<TermPeriod> periods, AuditActor by) {
        var before = rows.ownTermDates(establishmentId).get(year);
        var sorted = periods.stream().sorted(java.util.Comparator.comparing(TermPeriod::halfTerm)).toList();
        rows.replaceOwnTermDates(establishmentId, year, sorted);
        audit.record(by, AuditAction.TERM_DATES_CHANGED, null, "own term dates " + year.label() + " for "
                + organisations.establishment(establishmentId).map(e -> e.name()).orElse(establishmentId.toString()),
                List.of(new FieldChange("termDates", before == null ? "the LA's" : describe(before),
                        sorted.isEmpty() ? "the LA's" : describe(sorted))));
        invalidateAfterCommit();
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
        var errors = InsetDayRules.check(year, days, ownTerms(establishmentId));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var before = rows.insetDays(establishmentId, year);
        rows.replaceInsetDays(establishmentId, year, days.stream().distinct().sorted().toList());
        audit.record(by, AuditAction.INSET_DAYS_CHANGED, null, "INSET days " + year.label() + " for " + establishmentId,
                List.of(new FieldChange("insetDays", before.toString(), days.toString())));
        invalidateAfterCommit();
    }

    /**
     * The establishment's term-time days, before its INSET days are taken out: its own years replace
     * the LA's, and the other years stay the LA's.
     */
    private SchoolDayTable ownTerms(UUID establishmentId) {
        var own = rows.ownTermDates(establishmentId);
        if (own.isEmpty()) {
            return table();
        }
        var terms = new java.util.TreeMap<>(rows.allTermDates());
        terms.putAll(own);
        return new SchoolDayTable(terms, rows.bankHolidayDates(), Set.of());
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
