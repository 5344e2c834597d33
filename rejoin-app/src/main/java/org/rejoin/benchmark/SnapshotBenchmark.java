package org.rejoin.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rejoin.access.RejoinActor;
import org.rejoin.access.SystemAuthentication;
import org.rejoin.platform.PeakHeap;
import org.rejoin.rolls.LaSnapshot;
import org.rejoin.rolls.RollSnapshots;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The LA-wide roll snapshot benchmark (ADR 13): every pupil on every roll of the register, as the
 * schools' systems would send them, with 2% leavers left out, 2% joiners added and 3% of rows
 * given name or date-of-birth noise, reconciled end to end (reading, matching, every roll, items
 * written, missing pupils referred). The baseline, in the same run, reconciles the same file by
 * exact keys (UPN, else forename, surname and date of birth) in memory. Run on a fresh database
 * with the 250,000-child demo:
 * <pre>java -jar rejoin-app/target/rejoin.jar --rejoin.benchmark=roll-snapshot --rejoin.demo.children=250000 ...</pre>
 * It prints its figures and stops the application.
 */
@Component
@ConditionalOnProperty(name = "rejoin.benchmark", havingValue = "roll-snapshot")
class SnapshotBenchmark {

    private static final long SEED = 20261123L;

    private final JdbcClient jdbc;
    private final RollSnapshots reconciler;
    private final RejoinActor actor;
    private final ApplicationContext context;

    SnapshotBenchmark(JdbcClient jdbc, RollSnapshots reconciler, RejoinActor actor, ApplicationContext context) {
        this.jdbc = jdbc;
        this.reconciler = reconciler;
        this.actor = actor;
        this.context = context;
    }

    private record Pupil(UUID childId, String forename, String surname, LocalDate dateOfBirth, String sex, String upn,
            String postcode, int urn) {
    }

    /** The file and what it should find. */
    private record Generated(byte[] csv, int rows, Set<UUID> leavers, int joiners, int noisy) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void run() {
        PrintStream out = System.out;
        int code = 0;
        try {
            var roll = jdbc.sql("""
                    select c.id, c.legal_forename, c.legal_surname, c.date_of_birth, c.sex, c.upn,
                        (select a.postcode from child_address a where a.child_id = c.id order by a.position limit 1) as postcode,
                        e.urn
                    from registration r join child c on c.id = r.child_id
                    join establishment e on e.organisation_id = r.establishment_id
                    where r.starts_on <= current_date and (r.ends_on is null or r.ends_on > current_date)
                    and c.merged_into is null""")
                    .query((rs, n) -> new Pupil(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8)))
                    .list();
            long register = jdbc.sql("select count(*) from child where merged_into is null").query(Long.class).single();
            var generated = generate(roll);
            out.printf("%nRoll snapshot benchmark: register of %,d children, %,d pupils on rolls%n", register, roll.size());
            out.printf("snapshot file: %,d rows (%,d leavers left out, %,d joiners added, %,d rows with name or date-of-birth"
                    + " noise), %,d KB%n%n", generated.rows(), generated.leavers().size(), generated.joiners(),
                    generated.noisy(), generated.csv().length / 1024);

            PeakHeap.reset();
            long start = System.nanoTime();
            var baseline = baseline(generated.csv());
            double baselineSeconds = (System.nanoTime() - start) / 1e9;
            long baselineHeap = PeakHeap.bytes();

            PeakHeap.reset();
            start = System.nanoTime();
            var rejoin = actor.user();
            LaSnapshot result = SystemAuthentication.run(rejoin, () -> reconciler.reconcileAll(
                    new ByteArrayInputStream(generated.csv()), rejoin));
            double fullSeconds = (System.nanoTime() - start) / 1e9;
            long fullHeap = PeakHeap.bytes();

            var flaggedMissing = new HashSet<UUID>();
            result.snapshots().forEach(s -> s.items().stream().filter(i -> i.kind().equals("MISSING"))
                    .forEach(i -> flaggedMissing.add(i.childId())));
            long leaversFound = generated.leavers().stream().filter(flaggedMissing::contains).count();
            long wronglyMissing = flaggedMissing.stream().filter(c -> !generated.leavers().contains(c)).count();
            long newItems = result.snapshots().stream().mapToLong(s -> s.count("NEW")).sum();

            out.printf("%-34s %18s %22s%n", "", "Rejoin (engine)", "baseline (exact keys)");
            out.printf("%-34s %16.1f s %20.1f s%n", "wall time, end to end", fullSeconds, baselineSeconds);
            out.printf("%-34s %15d MB %19d MB%n", "peak heap (whole JVM)", fullHeap >> 20, baselineHeap >> 20);
            out.printf("%-34s %18s %22s%n", "rows matched to their roll", String.format("%,d", result.matched()),
                    String.format("%,d", baseline[0]));
            out.printf("%-34s %18s %22s%n", "new to a roll", String.format("%,d", newItems),
                    String.format("%,d", baseline[1]));
            out.printf("%-34s %18s %22s%n", "missing from a roll", String.format("%,d", flaggedMissing.size()),
                    String.format("%,d", baseline[2]));
            out.printf("%-34s %18s %22s%n", "changed details", String.format("%,d", result.changed()), "-");
            out.printf("%n%-34s %,d of %,d%n", "leavers found missing", leaversFound, generated.leavers().size());
            out.printf("%-34s %,d%n", "pupils wrongly called missing", wronglyMissing);
            out.printf("%-34s %,d (joiners added: %,d)%n", "rows reported new", newItems, generated.joiners());
            out.printf("%-34s %,d%n", "children referred to the CME team", result.referred());
            out.printf("%-34s %,d%n", "establishments", result.snapshots().size());
            out.printf("%ntarget: under 120 s end to end: %s%n%n", fullSeconds < 120 ? "met" : "NOT met");
        }
        catch (RuntimeException e) {
            e.printStackTrace(out);
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }

    /** Every pupil on a roll, less 2% (leavers), 3% with noise, and 2% new children (joiners). */
    private static Generated generate(List<Pupil> roll) {
        var random = new Random(SEED);
        var leavers = new HashSet<UUID>();
        int noisy = 0;
        var csv = new StringWriter(roll.size() * 80);
        var urns = roll.stream().map(Pupil::urn).distinct().toList();
        try (var printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setHeader("forename", "surname",
                "date_of_birth", "sex", "upn", "postcode", "establishment_urn").get())) {
            int rows = 0;
            for (var p : roll) {
                if (random.nextDouble() < 0.02) {
                    leavers.add(p.childId());
                    continue;
                }
                String forename = p.forename();
                String surname = p.surname();
                LocalDate dob = p.dateOfBirth();
                String upn = p.upn();
                if (random.nextDouble() < 0.03) {
                    noisy++;
                    switch (random.nextInt(4)) {
                        case 0 -> surname = transpose(surname, random);
                        case 1 -> dob = dob.getDayOfMonth() <= 12 && dob.getDayOfMonth() != dob.getMonthValue()
                                ? LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()) : dob.plusDays(1);
                        case 2 -> forename = transpose(forename, random);
                        default -> upn = null;
                    }
                }
                printer.printRecord(forename, surname, dob, sex(p.sex()), upn, p.postcode(), p.urn());
                rows++;
            }
            int joiners = (int) Math.round(roll.size() * 0.02);
            for (int i = 0; i < joiners; i++) {
                // A new child: a forename and a surname from different pupils, born on a day of their own.
                var a = roll.get(random.nextInt(roll.size()));
                var b = roll.get(random.nextInt(roll.size()));
                printer.printRecord(a.forename(), b.surname() + "-" + b.forename().substring(0, 1).toUpperCase(Locale.ROOT)
                        + "x", a.dateOfBirth().plusDays(random.nextInt(300)), sex(a.sex()), null, b.postcode(),
                        urns.get(random.nextInt(urns.size())));
                rows++;
            }
            printer.flush();
            return new Generated(csv.toString().getBytes(StandardCharsets.UTF_8), rows, leavers, joiners, noisy);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sex(String sex) {
        return sex.equals("FEMALE") ? "F" : sex.equals("MALE") ? "M" : "";
    }

    private static String transpose(String name, Random random) {
        if (name.length() < 3) {
            return name + "e";
        }
        int i = 1 + random.nextInt(name.length() - 2);
        char[] c = name.toCharArray();
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
        return new String(c);
    }

    /**
     * The same reconciliation by exact keys in memory: the register's keys and rolls read from the
     * database, the file read, each row joined by UPN, else forename, surname and date of birth.
     *
     * @return rows matched to their roll, rows new to a roll, pupils missing from a roll
     */
    private long[] baseline(byte[] csv) {
        var byUpn = new HashMap<String, UUID>();
        var byName = new HashMap<String, UUID>();
        jdbc.sql("select id, upper(legal_forename), upper(legal_surname), date_of_birth, upn from child where merged_into is null")
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    if (rs.getString(5) != null) {
                        byUpn.put(rs.getString(5), id);
                    }
                    byName.put(rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getObject(4, LocalDate.class), id);
                });
        var rolls = new HashMap<Integer, Set<UUID>>();
        jdbc.sql("""
                select e.urn, r.child_id from registration r join establishment e on e.organisation_id = r.establishment_id
                where r.starts_on <= current_date and (r.ends_on is null or r.ends_on > current_date)""")
                .query(rs -> {
                    rolls.computeIfAbsent(rs.getInt(1), k -> new HashSet<>()).add(rs.getObject(2, UUID.class));
                });
        long matched = 0;
        long fresh = 0;
        var seen = new HashMap<Integer, Set<UUID>>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = format.parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
            for (var row : parser) {
                String upn = row.get("upn");
                UUID child = upn.isEmpty() ? null : byUpn.get(upn);
                if (child == null) {
                    child = byName.get(row.get("forename").toUpperCase(Locale.ROOT) + "|"
                            + row.get("surname").toUpperCase(Locale.ROOT) + "|" + row.get("date_of_birth"));
                }
                int urn = Integer.parseInt(row.get("establishment_urn"));
                if (child != null && rolls.getOrDefault(urn, Set.of()).contains(child)) {
                    matched++;
                    seen.computeIfAbsent(urn, k -> new HashSet<>()).add(child);
                }
                else {
                    fresh++;
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long missing = 0;
        for (Map.Entry<Integer, Set<UUID>> roll : rolls.entrySet()) {
            var found = seen.getOrDefault(roll.getKey(), Set.of());
            missing += roll.getValue().stream().filter(c -> !found.contains(c)).count();
        }
        return new long[] {matched, fresh, missing};
    }
}
