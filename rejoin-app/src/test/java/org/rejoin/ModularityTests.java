package org.rejoin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Fails the build on a cycle between modules or a reach into another module's internals, and
 * writes the module diagram and canvases into docs/modules from the same model.
 */
class ModularityTests {

    /**
     * rejoin-linkage shares the base package but is a plain library in its own Maven module, with
     * no Spring in it: it is not an application module, and Maven keeps its boundary.
     */
    static final ApplicationModules MODULES = ApplicationModules.of(RejoinApplication.class,
            JavaClass.Predicates.resideInAPackage("org.rejoin.linkage.."));

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicApi() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (var files = Files.list(OUTPUT)) {
            for (var file : files.toList()) {
                Files.write(file, inStableOrder(Files.readAllLines(file)));
            }
        }
    }

    private static final Path OUTPUT = Path.of("../docs/modules");

    /**
     * The Documenter lists relations and references in hash order, which differs from run to run; sorted, a build
     * that changes no module leaves the documentation as it was. Sorts each run of PlantUML relations and each run of
     * canvas list items (the first of which carries the table's cell marker).
     */
    static List<String> inStableOrder(List<String> lines) {
        var out = new ArrayList<String>(lines.size());
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && sameRun(lines.get(i), lines.get(end), end == i)) {
                end++;
            }
            if (end - i > 1) {
                boolean cell = lines.get(i).startsWith("|* ");
                var run = new ArrayList<String>();
                lines.subList(i, end).forEach(l -> run.add(l.startsWith("|* ") ? l.substring(1) : l));
                Collections.sort(run);
                if (cell) {
                    run.set(0, "|" + run.get(0));
                }
                out.addAll(run);
                i = end;
            }
            else {
                out.add(lines.get(i));
                i++;
            }
        }
        return out;
    }

    private static boolean sameRun(String first, String line, boolean isFirst) {
        if (first.startsWith("Rel(")) {
            return line.startsWith("Rel(");
        }
        if (first.startsWith("|* ") || first.startsWith("* ")) {
            return isFirst || line.startsWith("* ");
        }
        return false;
    }
}
