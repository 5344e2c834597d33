package org.rejoin.linkage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as the README's "Matching children across records" section gives it. */
class MainTests {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return new Main(new PrintStream(out, true), new PrintStream(err, true)).run(args);
    }

    @Test
    void generateLinkAndEvaluate() throws Exception {
        assertThat(run("generate", "--seed", "5", "--size", "3000", "--out", dir.toString())).isZero();
        assertThat(Files.readAllLines(dir.resolve("A.csv")).get(0)).isEqualTo("id,forename,middle_names,surname,dob,sex,upn,postcode");
        assertThat(run("link", "--left", dir.resolve("A.csv").toString(), "--right", dir.resolve("B.csv").toString(),
                "--out", dir.resolve("pairs.csv").toString())).isZero();
        var pairs = Files.readAllLines(dir.resolve("pairs.csv"));
        assertThat(pairs.get(0)).isEqualTo("left_id,right_id,match_weight,probability,band");
        assertThat(pairs.subList(1, pairs.size())).allMatch(line -> line.endsWith(",match") || line.endsWith(",review"));
        assertThat(run("evaluate", "--pairs", dir.resolve("pairs.csv").toString(), "--truth", dir.resolve("truth.csv").toString(),
                "--left", dir.resolve("A.csv").toString(), "--right", dir.resolve("B.csv").toString())).isZero();
        assertThat(out.toString()).contains("match band", "recall (match + review)", "pairs completeness",
                "reduction ratio", "review volume");
    }

    @Test
    void aMalformedRowIsReportedWithItsLineAndSkipped() throws Exception {
        Files.writeString(dir.resolve("in.csv"), """
                id,forename,middle_names,surname,dob,sex,upn,postcode
                1,Amy,,Ward,2015-01-01,F,,KB1 2AB
                2,Amy,,Ward,01/01/2015,F,,KB1 2AB
                3,Amie,,Ward,2015-01-01,X,,KB1 2AB
                4,Amie,,Ward,2015-01-01,F,,KB1 2AB
                """);
        assertThat(run("dedupe", "--in", dir.resolve("in.csv").toString(), "--out", dir.resolve("pairs.csv").toString())).isZero();
        assertThat(err.toString()).contains("line 3: dob '01/01/2015' is not a date as yyyy-MM-dd; row skipped")
                .contains("line 4: sex 'X' is not F or M; row skipped");
        assertThat(Files.readAllLines(dir.resolve("pairs.csv"))).anyMatch(line -> line.startsWith("1,4,"));
    }

    @Test
    void nothingReadableIsAFailure() throws Exception {
        Files.writeString(dir.resolve("empty.csv"), "name,age\nBob,4\n");
        assertThat(run("dedupe", "--in", dir.resolve("empty.csv").toString(), "--out", dir.resolve("p.csv").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("line 1: the header has no id column");
        assertThat(run("link", "--left", "x.csv")).isEqualTo(2);
    }
}
