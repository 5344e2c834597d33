package org.rejoin.linkage.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rejoin.linkage.PersonRecord;

/** The synthetic children have name frequencies like England's, not a handful of names repeated. */
class SyntheticPopulationTests {

    static final SyntheticPopulation POPULATION = new SyntheticPopulation(SyntheticPopulation.DEVELOPMENT, 50_000, 0.8);

    @Test
    void theCommonestForenameIsGivenToAboutOnePercentOfGirlsOrBoys() {
        for (char sex : new char[] {'F', 'M'}) {
            Map<String, Integer> counts = new HashMap<>();
            int all = 0;
            for (PersonRecord r : POPULATION.left) {
                if (r.sex() == sex) {
                    counts.merge(r.forename(), 1, Integer::sum);
                    all++;
                }
            }
            assertThat((double) Collections.max(counts.values()) / all).as("commonest forename, sex " + sex)
                    .isBetween(0.008, 0.025);
        }
    }

    @Test
    void theCommonestSurnameIsAboutOnePercentAndTheCommonestFullNameFarRarer() {
        Map<String, Integer> surnames = new HashMap<>();
        Map<String, Integer> fullNames = new HashMap<>();
        for (PersonRecord r : POPULATION.left) {
            surnames.merge(r.surname(), 1, Integer::sum);
            fullNames.merge(r.forename() + " " + r.surname(), 1, Integer::sum);
        }
        int all = POPULATION.left.size();
        assertThat((double) Collections.max(surnames.values()) / all).isBetween(0.005, 0.015);
        assertThat((double) Collections.max(fullNames.values()) / all).isLessThan(0.001);
    }

    @Test
    void noChildHasTheirForenameAgainAsAMiddleName() {
        assertThat(POPULATION.left).noneMatch(r -> r.forename() != null && r.forename().equals(r.middleNames()));
    }
}
