package org.rejoin.linkage.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rejoin.linkage.BlockingIndex;
import org.rejoin.linkage.Calibration;
import org.rejoin.linkage.Evaluation;
import org.rejoin.linkage.Linker;
import org.rejoin.linkage.Model;
import org.rejoin.linkage.Models;
import org.rejoin.linkage.Nicknames;
import org.rejoin.linkage.PersonRecord;
import org.rejoin.linkage.Scorer;
import org.rejoin.linkage.Standardiser;
import org.rejoin.linkage.StandardRecord;
import org.rejoin.linkage.Trainer;
import org.rejoin.linkage.synthetic.SyntheticPopulation;

/**
 * {@code java -jar rejoin-linkage.jar <command>}: generate, train, calibrate, link, dedupe,
 * evaluate, bench. Exits non-zero only when nothing could be read or the arguments are wrong.
 */
public final class Main {

    private static final String USAGE = """
            usage: java -jar rejoin-linkage.jar <command> [options]
              generate  --out DIR [--seed 1] [--size 50000] [--overlap 0.8]   writes A.csv, B.csv, truth.csv, twins.csv
              train     --in A.csv [--right B.csv] --out model.json
              calibrate --model model.json --left A.csv --right B.csv --truth truth.csv --out model.json
              link      --left A.csv --right B.csv --out pairs.csv [--model model.json]
              dedupe    --in A.csv --out pairs.csv [--model model.json]
              evaluate  --pairs pairs.csv --truth truth.csv [--left A.csv --right B.csv]
              bench     [--size 250000] [--seed 3]
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Standardiser standardiser = new Standardiser(Nicknames.standard());

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) throws IOException {
        System.exit(new Main(System.out, System.err).run(args));
    }

    int run(String[] args) throws IOException {
        if (args.length == 0) {
            err.print(USAGE);
            return 2;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                err.println("'" + args[i] + "' is not an option with a value");
                err.print(USAGE);
                return 2;
            }
            options.put(args[i].substring(2), args[++i]);
        }
        try {
            return switch (args[0]) {
                case "generate" -> generate(options);
                case "train" -> train(options);
                case "calibrate" -> calibrate(options);
                case "link" -> link(options, false);
                case "dedupe" -> link(options, true);
                case "evaluate" -> evaluate(options);
                case "bench" -> new Bench(out, standardiser).run(Integer.parseInt(options.getOrDefault("size", "250000")),
                        Long.parseLong(options.getOrDefault("seed", String.valueOf(SyntheticPopulation.HELD_OUT))));
                default -> {
                    err.println("unknown command '" + args[0] + "'");
                    err.print(USAGE);
                    yield 2;
                }
            };
        }
        catch (MissingOption e) {
            err.println(e.getMessage());
            err.print(USAGE);
            return 2;
        }
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new MissingOption("--" + name + " is required");
        }
        return value;
    }

    private static final class MissingOption extends RuntimeException {
        MissingOption(String message) {
            super(message);
        }
    }

    private int generate(Map<String, String> options) throws IOException {
        Path dir = Path.of(required(options, "out"));
        Files.createDirectories(dir);
        var population = new SyntheticPopulation(Long.parseLong(options.getOrDefault("seed", "1")),
                Integer.parseInt(options.getOrDefault("size", "50000")),
                Double.parseDouble(options.getOrDefault("overlap", "0.8")));
        RecordsCsv.write(dir.resolve("A.csv"), population.left);
        RecordsCsv.write(dir.resolve("B.csv"), population.right);
        try (var csv = printer(dir.resolve("truth.csv"), "left_id", "right_id", "transliterated")) {
            for (var pair : population.truth) {
                csv.printRecord(pair.leftId(), pair.rightId(), pair.transliterated());
            }
        }
        try (var csv = printer(dir.resolve("twins.csv"), "left_id", "right_id")) {
            for (var pair : population.twins) {
                csv.printRecord(pair.leftId(), pair.rightId());
            }
        }
        out.printf("wrote %,d + %,d records, %,d true pairs, %,d twin pairs to %s%n", population.left.size(),
                population.right.size(), population.truth.size(), population.twins.size(), dir);
        return 0;
    }

    private List<PersonRecord> records(Path path) throws IOException {
        if (!Files.isReadable(path)) {
            err.println(path + ": no such file, or it cannot be read");
            return List.of();
        }
        var read = RecordsCsv.read(path);
        read.problems().forEach(err::println);
        return read.records();
    }

    private int train(Map<String, String> options) throws IOException {
        var left = records(Path.of(required(options, "in")));
        var right = options.containsKey("right") ? records(Path.of(options.get("right"))) : left;
        if (left.isEmpty() || right.isEmpty()) {
            err.println("nothing could be read");
            return 1;
        }
        var linker = new Linker(standardiser);
        boolean dedupe = !options.containsKey("right");
        var model = new Trainer(7).train(linker.standardise(left), dedupe ? linker.standardise(left)
                : linker.standardise(right), dedupe, options.getOrDefault("version", "rejoin-linkage-" + java.time.LocalDate.now()));
        model.write(Path.of(required(options, "out")));
        out.printf("trained on %s; prior %.3g; written to %s%n", model.trainedOn(), model.matchProbability(),
                options.get("out"));
        return 0;
    }

    private int calibrate(Map<String, String> options) throws IOException {
        var model = Model.read(Path.of(required(options, "model")));
        var left = records(Path.of(required(options, "left")));
        var right = records(Path.of(required(options, "right")));
        var linker = new Linker(standardiser);
        var a = linker.standardise(left);
        var b = linker.standardise(right);
        var calibrated = Calibration.calibrate(model, a, b, false, truth(Path.of(required(options, "truth")), left, right));
        calibrated.write(Path.of(required(options, "out")));
        out.printf("thresholds: match from weight %.2f, review from weight %.2f%n", calibrated.matchThreshold(),
                calibrated.reviewThreshold());
        return 0;
    }

    private Model model(Map<String, String> options) {
        return options.containsKey("model") ? Model.read(Path.of(options.get("model"))) : Models.standard();
    }

    private int link(Map<String, String> options, boolean dedupe) throws IOException {
        Path leftPath = Path.of(required(options, dedupe ? "in" : "left"));
        Path rightPath = dedupe ? leftPath : Path.of(required(options, "right"));
        Path outPath = Path.of(required(options, "out"));
        var left = records(leftPath);
        var right = dedupe ? left : records(rightPath);
        if (left.isEmpty() || right.isEmpty()) {
            err.println("nothing could be read");
            return 1;
        }
        var linker = new Linker(standardiser);
        List<StandardRecord> a = linker.standardise(left);
        List<StandardRecord> b = dedupe ? a : linker.standardise(right);
        var result = Linker.link(a, new BlockingIndex(b), dedupe, new Scorer(model(options)));
        try (var csv = printer(outPath, "left_id", "right_id", "match_weight", "probability", "band")) {
            for (var pair : result.pairs()) {
                csv.printRecord(a.get(pair.left()).id(), b.get(pair.right()).id(), String.format("%.3f", pair.weight()),
                        String.format("%.6f", pair.probability()), pair.band().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        long matches = result.pairs().stream().filter(p -> p.band() == org.rejoin.linkage.Band.MATCH).count();
        out.printf("%,d pairs compared; %,d matches and %,d for review written to %s%n", result.compared(), matches,
                result.pairs().size() - matches, options.get("out"));
        return 0;
    }

    private int evaluate(Map<String, String> options) throws IOException {
        Path truthPath = Path.of(required(options, "truth"));
        Set<String> truth = new HashSet<>();
        try (var in = Files.newBufferedReader(truthPath);
             var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            parser.forEach(r -> truth.add(r.get("left_id") + "\t" + r.get("right_id")));
        }
        var bands = BandCounts.read(Path.of(required(options, "pairs")), truth);
        long blockedTrue = truth.size();
        long compared = 0;
        double allPairs = 1;
        long records = 0;
        if (options.containsKey("left") && options.containsKey("right")) {
            var left = records(Path.of(options.get("left")));
            var right = records(Path.of(options.get("right")));
            var linker = new Linker(standardiser);
            var a = linker.standardise(left);
            var b = linker.standardise(right);
            Set<Long> truePairs = truth(truthPath, left, right);
            var found = new java.util.concurrent.atomic.AtomicLong();
            compared = Linker.forEachCandidate(a, new BlockingIndex(b), false, (i, j, levels, rule) -> {
                if (truePairs.contains(Evaluation.key(i, j))) {
                    found.incrementAndGet();
                }
            });
            blockedTrue = found.get();
            allPairs = (double) left.size() * right.size();
            records = left.size() + right.size();
        }
        var evaluation = new Evaluation(truth.size(), bands.matchPairs(), bands.matchTrue(), bands.reviewPairs(), bands.reviewTrue(), blockedTrue,
                compared, allPairs, Math.max(records, 1));
        out.print(evaluation.report());
        if (records == 0) {
            out.println("(pairs completeness, reduction ratio and review volume need --left and --right)");
        }
        return 0;
    }

    /** How many scored pairs fell in each band, and how many of those are true pairs. */
    private record BandCounts(long matchPairs, long matchTrue, long reviewPairs, long reviewTrue) {

        static BandCounts read(Path pairs, Set<String> truth) throws IOException {
            long matchPairs = 0;
            long matchTrue = 0;
            long reviewPairs = 0;
            long reviewTrue = 0;
            try (var in = Files.newBufferedReader(pairs);
                 var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                for (var r : parser) {
                    boolean real = truth.contains(r.get("left_id") + "\t" + r.get("right_id"));
                    if (r.get("band").equals("match")) {
                        matchPairs++;
                        matchTrue += real ? 1 : 0;
                    }
                    else {
                        reviewPairs++;
                        reviewTrue += real ? 1 : 0;
                    }
                }
            }
            return new BandCounts(matchPairs, matchTrue, reviewPairs, reviewTrue);
        }
    }

    /** The truth file's pairs as indexes into the two record lists. */
    static Set<Long> truth(Path path, List<PersonRecord> left, List<PersonRecord> right) throws IOException {
        Map<String, Integer> leftIndex = new HashMap<>();
        for (int i = 0; i < left.size(); i++) {
            leftIndex.put(left.get(i).id(), i);
        }
        Map<String, Integer> rightIndex = new HashMap<>();
        for (int i = 0; i < right.size(); i++) {
            rightIndex.put(right.get(i).id(), i);
        }
        Set<Long> pairs = new HashSet<>();
        try (var in = Files.newBufferedReader(path);
             var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            for (var r : parser) {
                Integer i = leftIndex.get(r.get("left_id"));
                Integer j = rightIndex.get(r.get("right_id"));
                if (i != null && j != null) {
                    pairs.add(Evaluation.key(i, j));
                }
            }
        }
        return pairs;
    }

    private static CSVPrinter printer(Path path, String... header) throws IOException {
        Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).get());
    }
}
