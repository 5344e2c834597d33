package org.rejoin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A module's SQL names only its own tables. Each table belongs to the module whose migration
 * creates it ({@code V<n>__<module>_<change>.sql}); a module's main code that reads or writes another
 * module's table fails the build unless the read is listed under "Sanctioned reads" in
 * docs/architecture.md. Inside a module, only its rows classes ({@code Jdbc*Rows}, "Inside a module"
 * in docs/architecture.md) hold SQL.
 */
class TableOwnershipTests {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path SOURCES = Path.of("src/main/java/org/rejoin");
    static final Path ARCHITECTURE = Path.of("../docs/architecture.md");
    static final Pattern MIGRATION = Pattern.compile("V\\d+__([a-z]+)(?:_.*)?\\.sql");
    static final Pattern CREATE = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)");
    /** A table named where SQL names one: after from, join, into, update, copy or references. */
    static final String USE = "(?i)\\b(?:from|join|into|update|copy|references)\\s+%s\\b";
    /** Comments, which may say "from referral to provision" without naming a table. */
    static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|//[^\n]*");
    /** A row of the sanctioned reads: | `module` | `table` | why |. */
    static final Pattern SANCTIONED = Pattern.compile("^\\| `([a-z]+)` \\| `([a-z_]+)` \\|", Pattern.MULTILINE);

    static Map<String, String> owners() throws IOException {
        Map<String, String> owners = new HashMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                var name = MIGRATION.matcher(file.getFileName().toString());
                if (!name.matches()) {
                    continue;
                }
                var create = CREATE.matcher(Files.readString(file));
                while (create.find()) {
                    owners.put(create.group(1).toLowerCase(Locale.ROOT), name.group(1));
                }
            }
        }
        return owners;
    }

    static Set<String> sanctioned() throws IOException {
        var reads = new TreeSet<String>();
        var row = SANCTIONED.matcher(Files.readString(ARCHITECTURE));
        while (row.find()) {
            reads.add(row.group(1) + " -> " + row.group(2));
        }
        return reads;
    }

    /** Each module's main code that names another module's table, as "module -> table (file)". */
    static List<String> crossings(Map<String, String> owners) throws IOException {
        var patterns = owners.keySet().stream()
                .collect(Collectors.toMap(t -> t, t -> Pattern.compile(String.format(USE, t))));
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String module = relative.getName(0).toString();
                if (module.equals("benchmark")) {
                    // The benchmarks read whatever they measure, and production never loads them.
                    continue;
                }
                String text = COMMENT.matcher(Files.readString(file)).replaceAll(" ");
                for (var table : patterns.entrySet()) {
                    if (!owners.get(table.getKey()).equals(module) && table.getValue().matcher(text).find()) {
                        found.add(module + " -> " + table.getKey() + " (" + relative + ")");
                    }
                }
            }
        }
        catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return found;
    }

    @Test
    void everyTableBelongsToTheModuleWhoseMigrationCreatesIt() throws IOException {
        var owners = owners();
        assertThat(owners).containsEntry("child", "children").containsEntry("registration", "rolls")
                .containsEntry("attendance_month", "attendance").containsEntry("referral", "referrals")
                .containsEntry("app_user", "access").containsEntry("attendance_alert", "attendance");
    }

    @Test
    void aModuleNamesOnlyItsOwnTablesOrASanctionedRead() throws IOException {
        var sanctioned = sanctioned();
        var unsanctioned = crossings(owners()).stream()
                .filter(c -> !sanctioned.contains(c.substring(0, c.indexOf(" ("))))
                .toList();
        assertThat(unsanctioned).as("SQL naming another module's table, not listed in docs/architecture.md").isEmpty();
    }

    @Test
    void everySanctionedReadIsStillUsed() throws IOException {
        var used = crossings(owners()).stream().map(c -> c.substring(0, c.indexOf(" ("))).collect(Collectors.toSet());
        assertThat(sanctioned()).as("sanctioned reads no longer made: take them off the list").isSubsetOf(used);
    }

    @Test
    void onlyRowsClassesHoldSql() throws IOException {
        var holders = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var relative = SOURCES.relativize(file);
                String module = relative.getName(0).toString();
                // The platform wires the database itself; the benchmarks read whatever they measure.
                if (relative.getNameCount() < 2 || module.equals("platform") || module.equals("benchmark")) {
                    continue;
                }
                String name = file.getFileName().toString();
                boolean rows = name.startsWith("Jdbc") && name.endsWith("Rows.java") || name.equals("JdbcAuditLog.java");
                if (!rows && Files.readString(file).contains("import org.springframework.jdbc.")) {
                    holders.add(relative.toString());
                }
            }
        }
        assertThat(holders).as("SQL outside a Jdbc*Rows class").isEmpty();
    }
}
