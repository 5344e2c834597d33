package org.rejoin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A module's templates include only their own, the shared fragments ({@code fragments/}) and the
 * layout: a page another module adds to goes through a section extension point (as the child page's
 * sections do), never by naming that module's templates.
 */
class TemplateBoundaryTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Pattern INCLUDE = Pattern.compile("~\\{\\s*([a-z]+)/");

    @Test
    void aModulesTemplatesIncludeOnlyTheirOwnAndTheSharedFragments() throws IOException {
        var crossings = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var relative = TEMPLATES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue;
                }
                String module = relative.getName(0).toString();
                var include = INCLUDE.matcher(Files.readString(file));
                while (include.find()) {
                    String target = include.group(1);
                    if (!target.equals(module) && !target.equals("fragments")) {
                        crossings.add(relative + " includes " + target + "/");
                    }
                }
            }
        }
        assertThat(crossings).isEmpty();
    }

    /** A tag with a condition and an inclusion: Thymeleaf includes first, so the condition is never seen. */
    static final Pattern CONDITION_AND_INCLUSION = Pattern.compile(
            "<[^>]*\\bth:(if|unless)=[^>]*\\bth:(replace|insert)=[^>]*>|<[^>]*\\bth:(replace|insert)=[^>]*\\bth:(if|unless)=[^>]*>");

    @Test
    void noTagBothIncludesAFragmentAndHasACondition() throws IOException {
        assertThat(everywhere(CONDITION_AND_INCLUSION)).as("wrap the inclusion in <th:block th:if>").isEmpty();
    }

    /**
     * A bean reference ({@code @people}) in a fragment's parameters: Thymeleaf evaluates those in its restricted
     * mode and refuses the page with a server error. The name is worked out first, in a th:with around it.
     */
    static final Pattern BEAN_IN_INCLUSION = Pattern.compile("\\bth:(replace|insert)=\"[^\"]*@[a-z][A-Za-z]*\\.[^\"]*\"");

    @Test
    void noFragmentIsGivenABeanReference() throws IOException {
        assertThat(everywhere(BEAN_IN_INCLUSION)).as("work the value out in <th:block th:with> around the inclusion").isEmpty();
    }

    /** Every place in every template that the pattern matches, with its file. */
    private static List<String> everywhere(Pattern pattern) throws IOException {
        var found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(TEMPLATES.relativize(file) + ": " + matcher.group());
                }
            }
        }
        return found;
    }
}
