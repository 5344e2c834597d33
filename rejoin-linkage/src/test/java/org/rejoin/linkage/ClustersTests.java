package org.rejoin.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.linkage.StandardiserTests.record;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Clustering never joins records that conflict on permanent UPN or date of birth. */
class ClustersTests {

    @Test
    void matchesChainIntoOneChildUnlessTheyConflict() {
        var clusters = new Clusters(List.of(
                record("Amy", null, "Ward", "2015-01-01", 'F', "H801200001001", null),
                record("Amy", null, "Ward", "2015-01-01", 'F', null, null),
                record("Amy", null, "Ward", null, 'F', "H801200001001", null),
                record("Amy", null, "Ward", "2015-01-01", 'F', "B801200005001", null),
                record("Amy", null, "Ward", "2015-01-02", 'F', null, null)));
        assertThat(clusters.join(0, 1)).isTrue();
        assertThat(clusters.join(1, 2)).isTrue();
        assertThat(clusters.find(2)).isEqualTo(clusters.find(0));
        assertThat(clusters.join(2, 3)).as("another permanent UPN").isFalse();
        assertThat(clusters.join(1, 4)).as("another date of birth").isFalse();
        assertThat(clusters.find(3)).isNotEqualTo(clusters.find(0));
    }
}
