package org.rejoin.benchmark;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.SystemAuthentication;
import org.rejoin.attendance.AttendanceMarks;
import org.rejoin.attendance.NewMark;
import org.rejoin.attendance.Session;
import org.rejoin.calendar.AcademicYear;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.calendar.TermPeriod;
import org.rejoin.platform.BulkCopy;
import org.rejoin.platform.PeakHeap;
import org.rejoin.rolls.Registrations;
import org.rejoin.rolls.Registrations.Enrolment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The attendance benchmark (ADR 14): one whole term of marks for every pupil on a roll in a demo LA
 * of 303,000 children, 250,000 of them on a roll, loaded a day at a time through the service as
 * schools would send them (about 500,000 marks a day, with the Ns of two school days before replaced
 * by the reason found), then every pupil's figures, alerts and hours recomputed for the term. The
 * baseline, in the same run, is PostgreSQL COPY of the same marks into a plain table of one row per
 * mark. Prints load time, marks per second, recompute time, peak heap and bytes per mark, and stops:
 * <pre>java -jar rejoin-app/target/rejoin.jar --rejoin.benchmark=attendance --rejoin.demo.children=303000
 *     --rejoin.demo.attendance=false ...</pre>
 */
@Component
@ConditionalOnProperty(name = "rejoin.benchmark", havingValue = "attendance")
class AttendanceBenchmark {

    private static final long SEED = 20261123L;

    private final JdbcClient jdbc;
    private final AttendanceMarks marks;
    private final Registrations registrations;
    private final SchoolCalendar calendar;
    private final BulkCopy bulk;
    private final TransactionTemplate transactions;
    private final RejoinActor actor;
    private final ApplicationContext context;
    private final int dayLimit;

    AttendanceBenchmark(@org.springframework.beans.factory.annotation.Value("${rejoin.benchmark.days:1000}") int dayLimit,
            JdbcClient jdbc, AttendanceMarks marks, Registrations registrations, SchoolCalendar calendar,
            BulkCopy bulk, TransactionTemplate transactions, RejoinActor actor, ApplicationContext context) {
        this.jdbc = jdbc;
        this.marks = marks;
        this.registrations = registrations;
        this.calendar = calendar;
        this.bulk = bulk;
        this.transactions = transactions;
        this.actor = actor;
        this.context = context;
        this.dayLimit = dayLimit;
    }

    @EventListener(ApplicationReadyEvent.class)
    void run() {
        PrintStream out = System.out;
        int code = 0;
        try {
            LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
            var term = lastFullTerm(today);
            var days = term.start().datesUntil(term.end().plusDays(1))
                    .filter(d -> calendar.forLocalAuthority().isSchoolDay(d)).limit(dayLimit).toList();
            var establishments = jdbc.sql("select distinct establishment_id from registration").query(UUID.class).list();
            var enrolments = registrations.enrolments(establishments, term.start(), term.end());
            var urns = new java.util.HashMap<UUID, Integer>();
            jdbc.sql("select organisation_id, urn from establishment").query(rs -> {
                urns.put(rs.getObject(1, UUID.class), rs.getInt(2));
            });
            out.printf("%nAttendance benchmark: the %s term, %s to %s, %d school days; %,d enrolments%n",
                    term.name(), term.start(), term.end(), days.size(), enrolments.size());
            // A run on a database already used starts from no marks for the term.
            jdbc.sql("delete from attendance_month where month between ? and ?")
                    .params(term.start().withDayOfMonth(1), term.end()).update();
            jdbc.sql("vacuum analyze attendance_month").update();

            // The baseline: the same marks, COPY into a plain table of one row per mark.
            jdbc.sql("drop table if exists bench_mark").update();
            jdbc.sql("""
                    create table bench_mark (child_id uuid not null, establishment_id uuid not null, session_date date not null,
                        session char(2) not null, code text not null)""").update();
            PeakHeap.reset();
            long start = System.nanoTime();
            long baselineMarks = 0;
            var byUrn = new java.util.HashMap<Integer, UUID>();
            urns.forEach((id, urn) -> byUrn.put(urn, id));
            for (var day : days) {
                var rows = new ArrayList<Object[]>();
                for (var m : marksOn(day, enrolments, urns)) {
                    rows.add(new Object[] {m.upnOrChildId(), byUrn.get(m.establishmentUrn()), m.date(), m.session().name(), m.code()});
                }
                transactions.executeWithoutResult(s -> bulk.copy("bench_mark", List.of("child_id", "establishment_id",
                        "session_date", "session", "code"), rows));
                baselineMarks += rows.size();
            }
            jdbc.sql("create index on bench_mark (establishment_id, session_date, child_id)").update();
            double baselineSeconds = (System.nanoTime() - start) / 1e9;
            long baselineHeap = PeakHeap.bytes();
            long baselineBytes = jdbc.sql("select pg_total_relation_size('bench_mark')").query(Long.class).single();
            PeakHeap.reset();
            start = System.nanoTime();
            // Pupils of compulsory school age, Years 1 to 11, as Rejoin's figures count them.
            long baselineCount = jdbc.sql("""
                    select count(*) from (select child_id, establishment_id,
                        count(*) filter (where code in ('C1','M','J1','S','C2','C','T','R','I','E','G','N','O','U')) as absent,
                        count(*) filter (where code not in ('D','Q','Y1','Y2','Y3','Y4','Y5','Y6','Y7','X','Z','#')) as possible
                    from bench_mark group by child_id, establishment_id) f join child c on c.id = f.child_id
                    where absent * 10 >= possible and (c.date_of_birth is null or ? - extract(year from c.date_of_birth)::int
                        + case when extract(month from c.date_of_birth) >= 9 then 0 else 1 end - 5 between 1 and 11)""")
                    .param(org.rejoin.calendar.AcademicYear.of(term.end()).startYear()).query(Long.class).single();
            double baselineRecompute = (System.nanoTime() - start) / 1e9;

            // Rejoin: each day's marks through the service, as a school's or the LA's daily file.
            var rejoin = actor.user();
            PeakHeap.reset();
            var dayTimes = new ArrayList<Double>();
            long loaded = 0;
            start = System.nanoTime();
            for (int i = 0; i < days.size(); i++) {
                var batch = marksOn(days.get(i), enrolments, urns);
                if (i >= REASON_FOUND_AFTER) {
                    batch.addAll(reasonsFound(marksOn(days.get(i - REASON_FOUND_AFTER), enrolments, urns)));
                }
                long t = System.nanoTime();
                var load = SystemAuthentication.run(rejoin, () -> marks.load(batch, "API", rejoin));
                dayTimes.add((System.nanoTime() - t) / 1e9);
                loaded += load.marks();
            }
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            long loadHeap = PeakHeap.bytes();
            long rejoinBytes = jdbc.sql("select pg_total_relation_size('attendance_month')").query(Long.class).single();

            PeakHeap.reset();
            start = System.nanoTime();
            var figures = SystemAuthentication.run(rejoin, () -> marks.figuresForAll(term.start(), term.end(), rejoin));
            double figuresSeconds = (System.nanoTime() - start) / 1e9;
            int alertsRaised = SystemAuthentication.run(rejoin, () -> marks.scanAlerts(term.end(), rejoin));
            double recomputeSeconds = (System.nanoTime() - start) / 1e9;
            // Again, as every morning: the alerts are found again and none is raised twice.
            long again = System.nanoTime();
            int raisedAgain = SystemAuthentication.run(rejoin, () -> marks.scanAlerts(term.end(), rejoin));
            double againSeconds = (System.nanoTime() - again) / 1e9;
            long recomputeHeap = PeakHeap.bytes();
            long persistent = figures.stream().filter(f -> f.figures().persistentAbsence()).count();
            long severe = figures.stream().filter(f -> f.figures().severeAbsence()).count();
            jdbc.sql("drop table bench_mark").update();

            var sorted = dayTimes.stream().sorted().toList();
            out.printf("%n%-38s %20s %24s%n", "", "Rejoin (month rows)", "baseline (COPY, a row a mark)");
            out.printf("%-38s %,20d %,24d%n", "marks loaded", loaded, baselineMarks);
            out.printf("%-38s %18.1f s %22.1f s%n", "term loaded, day by day", loadSeconds, baselineSeconds);
            out.printf("%-38s %,18.0f/s %,22.0f/s%n", "marks per second", loaded / loadSeconds, baselineMarks / baselineSeconds);
            out.printf("%-38s %16.1f s (max %.1f s)%n", "one day's load, median", sorted.get(sorted.size() / 2),
                    sorted.get(sorted.size() - 1));
            out.printf("%-38s %18.1f s %22.1f s%n", "recompute every pupil's term, alerts too", recomputeSeconds, baselineRecompute);
            out.printf("%-38s %,20d %,24d%n", "persistent absentees found", persistent, baselineCount);
            out.printf("%-38s %,20d%n", "severe absentees found", severe);
            out.printf("%-38s %,20d%n", "alerts raised, each a task or referral", alertsRaised);
            out.printf("%-38s %18.1f s%n", "  of the recompute, the figures", figuresSeconds);
            out.printf("%-38s %18.1f s (%d raised again)%n", "the next morning's scan", againSeconds, raisedAgain);
            out.printf("%-38s %17.1f B %21.1f B%n", "storage per mark (with indexes)", rejoinBytes / (double) loaded,
                    baselineBytes / (double) baselineMarks);
            out.printf("%-38s %,17d MB %,21d MB%n", "peak heap (whole JVM): load", loadHeap >> 20, baselineHeap >> 20);
            out.printf("%-38s %,17d MB%n", "peak heap (whole JVM): recompute", recomputeHeap >> 20);
            out.printf("%ntargets: a day's load under 10 s (%s); the term's recompute under 60 s (%s); under 20 bytes a mark (%s)%n%n",
                    sorted.get(sorted.size() - 1) < 10 ? "met" : "NOT met", recomputeSeconds < 60 ? "met" : "NOT met",
                    rejoinBytes / (double) loaded < 20 ? "met" : "NOT met");
        }
        catch (RuntimeException e) {
            e.printStackTrace(out);
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    private record Term(String name, LocalDate start, LocalDate end) {
    }

    /** The last term that ended before today, from the LA's term dates. */
    private Term lastFullTerm(LocalDate today) {
        Term last = null;
        for (var year : List.of(AcademicYear.of(today).startYear() - 1, AcademicYear.of(today).startYear())) {
            List<TermPeriod> halves = calendar.termDates(new AcademicYear(year));
            for (int i = 0; i + 1 < halves.size(); i += 2) {
                if (halves.get(i + 1).endsOn().isBefore(today)) {
                    last = new Term(new String[] {"autumn", "spring", "summer"}[i / 2] + " " + year + "/" + (year + 1) % 100,
                            halves.get(i).startsOn(), halves.get(i + 1).endsOn());
                }
            }
        }
        if (last == null) {
            throw new IllegalStateException("No term has ended yet in the LA's term dates");
        }
        return last;
    }

    /** Schools replace an N with the reason they found this many school days later (docs/rules/attendance.md allows 5). */
    private static final int REASON_FOUND_AFTER = 2;

    /** A day's Ns sent again with the reason found: illness or, failing that, unauthorised absence. */
    private static List<NewMark> reasonsFound(List<NewMark> day) {
        return day.stream().filter(m -> m.code().equals("N")).map(m -> new NewMark(m.upnOrChildId(), m.establishmentUrn(),
                m.date(), m.session(), (m.upnOrChildId().hashCode() & 1) == 0 ? "I" : "O")).toList();
    }

    /**
     * Two marks for every pupil on a roll that day: mostly present; some pupils far more often absent
     * (about one in eight, so that persistent absence is as common as in England).
     */
    private static List<NewMark> marksOn(LocalDate day, List<Enrolment> enrolments, java.util.Map<UUID, Integer> urns) {
        var random = new Random(SEED + day.toEpochDay());
        var batch = new ArrayList<NewMark>(enrolments.size() * 2);
        for (var e : enrolments) {
            if (!e.covers(day)) {
                continue;
            }
            boolean absentee = (e.childId().getLeastSignificantBits() & 7) == 0;
            for (var session : Session.values()) {
                double r = random.nextDouble() * (absentee ? 0.3 : 1);
                String code = r < 0.02 ? "I" : r < 0.03 ? "O" : r < 0.035 ? "M" : r < 0.04 ? "G" : r < 0.045 ? "N"
                        : r < 0.05 ? "L" : r < 0.055 ? "V" : session == Session.AM ? "/" : "\\";
                batch.add(new NewMark(e.childId().toString(), urns.get(e.establishmentId()), day, session, code));
            }
        }
        return batch;
    }
}
