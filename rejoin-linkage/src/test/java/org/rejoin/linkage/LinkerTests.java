package org.rejoin.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.linkage.StandardiserTests.record;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Batch linkage: a record that is an automatic match for two others is a question for a person. */
class LinkerTests {

    @Test
    void aRecordMatchingTwoRecordsOnTheOtherSideSendsBothPairsToReview() {
        var left = List.of(
                record("Mateusz", "Jan", "Szymanski", "2015-03-29", 'M', null, "KB10 5HQ"),
                record("Mateusz", "Piotr", "Szymanski", "2015-03-29", 'M', null, "KB4 1AA"),
                record("Amara", "Ngozi", "Quarmby", "2014-02-11", 'F', null, "KB2 3CD"));
        var right = List.of(
                record("Mateusz", null, "Szymanski", "2015-03-29", 'M', null, "KB7 7XY"),
                record("Amara", "Ngozi", "Quarmby", "2014-02-11", 'F', null, "KB9 8EF"));
        var scorer = new Scorer(Models.standard());
        var result = Linker.link(left, new BlockingIndex(right), false, scorer);

        assertThat(result.pairs()).filteredOn(p -> p.right() == 0).hasSize(2).allSatisfy(p -> {
            assertThat(p.band()).isEqualTo(Band.REVIEW);
            assertThat(p.guards()).contains(Guard.AMBIGUOUS);
        });
        assertThat(result.pairs()).filteredOn(p -> p.right() == 1).singleElement()
                .satisfies(p -> assertThat(p.band()).isEqualTo(Band.MATCH));
    }
}
