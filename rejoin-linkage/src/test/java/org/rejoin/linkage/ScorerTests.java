package org.rejoin.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.linkage.StandardiserTests.record;

import org.junit.jupiter.api.Test;

/** Scoring with the shipped model: weights add up, rare names count for more, guards hold pairs back. */
class ScorerTests {

    static final Scorer SCORER = new Scorer(Models.standard());

    @Test
    void theExplanationShowsEachFieldAndAddsUpToTheTotal() {
        var a = record("Mohammed", null, "Khan", "2015-03-04", 'M', "H801200001001", "KB1 2AB");
        var b = record("Muhammad", null, "Khan", "2015-03-04", 'M', "H801200001001", "KB1 2AB");
        var explanation = SCORER.explain(a, b, BlockingRule.SAME_UPN);
        double sum = explanation.priorWeight() + explanation.fields().stream()
                .mapToDouble(f -> f.weight() + f.termFrequencyAdjustment()).sum();
        assertThat(explanation.totalWeight()).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(explanation.fields()).filteredOn(f -> f.field() == Field.FORENAME).singleElement()
                .satisfies(f -> {
                    assertThat(f.levelName()).isEqualTo("nickname or transliteration of the same name");
                    assertThat(f.left()).isEqualTo("Mohammed");
                    assertThat(f.right()).isEqualTo("Muhammad");
                });
        assertThat(explanation.band()).isEqualTo(Band.MATCH);
        assertThat(explanation.blockingRule()).isEqualTo(BlockingRule.SAME_UPN);
        assertThat(explanation.modelVersion()).isEqualTo(Models.standard().version());
        assertThat(explanation.probability()).isGreaterThan(0.999);
    }

    @Test
    void anExactMatchOnARareSurnameCountsForMoreThanOnACommonOne() {
        var smith = SCORER.explain(record("Oliver", null, "Smith", "2015-03-04", 'M', null, null),
                record("Oliver", null, "Smith", "2015-03-04", 'M', null, null), BlockingRule.DOB_AND_SURNAME_SOUND);
        var rare = SCORER.explain(record("Oliver", null, "Quarmby", "2015-03-04", 'M', null, null),
                record("Oliver", null, "Quarmby", "2015-03-04", 'M', null, null), BlockingRule.DOB_AND_SURNAME_SOUND);
        assertThat(rare.totalWeight()).isGreaterThan(smith.totalWeight());
    }

    @Test
    void twinsAreNeverAnAutomaticMatch() {
        var a = record("Ella", "Rose", "Smith", "2016-05-01", 'F', null, "KB1 2AB");
        var b = record("Emma", "Rose", "Smith", "2016-05-01", 'F', "H801200001001", "KB1 2AB");
        var explanation = SCORER.explain(a, b, BlockingRule.DOB_AND_SURNAME_SOUND);
        assertThat(explanation.guards()).contains(Guard.TWINS);
        assertThat(explanation.band()).isNotEqualTo(Band.MATCH);
    }

    @Test
    void twinsAreHeldBackWhenOneRecordHasASlipInTheDateOfBirth() {
        var a = record("Stefan", null, "Wojcik", "2017-01-09", 'M', "H801200001001", "KB11 8UW");
        var swapped = record("Oskar", null, "Wojcik", "2017-09-01", 'M', null, "KB11 8UW");
        var oneDigit = record("Oskar", null, "Wojcik", "2017-01-08", 'M', null, "KB11 8UW");
        assertThat(SCORER.explain(a, swapped, BlockingRule.SWAPPED_DOB_AND_SEX).guards()).contains(Guard.TWINS);
        assertThat(SCORER.explain(a, oneDigit, BlockingRule.NAMES_AND_BIRTH_YEAR).guards()).contains(Guard.TWINS);
    }

    @Test
    void twoCloseSpellingsThatAreBothForenamesAreTakenForTwinsButATypoIsNot() {
        var evie = record("Evie", null, "Doyle", "2013-08-02", 'F', null, "KB12 2XD");
        var evelyn = record("Evelyn", null, "Doyle", "2013-08-02", 'F', null, "KB12 2XD");
        var typo = record("Evei", null, "Doyle", "2013-08-02", 'F', null, "KB12 2XD");
        var oliver = record("Oliver", null, "Doyle", "2013-08-02", 'M', null, "KB12 2XD");
        var oliverr = record("Oliverr", null, "Doyle", "2013-08-02", 'M', null, "KB12 2XD");
        assertThat(SCORER.explain(evie, evelyn, BlockingRule.DOB_AND_SURNAME_SOUND).guards()).contains(Guard.TWINS);
        assertThat(SCORER.explain(oliver, oliverr, BlockingRule.DOB_AND_SURNAME_SOUND).guards()).doesNotContain(Guard.TWINS);
        assertThat(SCORER.explain(evie, typo, BlockingRule.DOB_AND_SURNAME_SOUND).fields().get(Field.FORENAME.ordinal())
                .level()).isEqualTo(Comparator.FORENAME_JW92);
    }

    @Test
    void twinsWithDifferentForenamesAndADifferentSexOrUpnAreTwoChildren() {
        var oliver = record("Oliver", "James", "Quarmby", "2016-05-01", 'M', "H801200001001", "KB1 2AB");
        var ava = record("Ava", "Rose", "Quarmby", "2016-05-01", 'F', null, "KB1 2AB");
        var harry = record("Harry", "James", "Quarmby", "2016-05-01", 'M', "B801200005001", "KB1 2AB");
        assertThat(SCORER.explain(oliver, ava, BlockingRule.DOB_AND_SURNAME_SOUND).band()).isEqualTo(Band.NON_MATCH);
        assertThat(SCORER.explain(oliver, harry, BlockingRule.DOB_AND_SURNAME_SOUND).band()).isEqualTo(Band.NON_MATCH);
    }

    @Test
    void namesSwappedBetweenFieldsAreNotTakenForTwins() {
        var a = record("Amara", null, "Moyo", "2018-04-16", 'F', null, "KB5 4QA");
        var b = record("Moyo", null, "Amara", "2018-04-16", 'F', null, "KB5 4QA");
        var explanation = SCORER.explain(a, b, BlockingRule.SWAPPED_NAMES_AND_DOB);
        assertThat(explanation.guards()).doesNotContain(Guard.TWINS);
        assertThat(explanation.band()).isEqualTo(Band.MATCH);
    }

    @Test
    void twoDifferentPermanentUpnsGoToReviewHoweverHighTheScore() {
        var a = record("Olivia", "Grace", "Quarmby", "2016-05-01", 'F', "H801200001001", "KB1 2AB");
        var b = record("Olivia", "Grace", "Quarmby", "2016-05-01", 'F', "B801200005001", "KB1 2AB");
        var explanation = SCORER.explain(a, b, BlockingRule.DOB_AND_SURNAME_SOUND);
        assertThat(explanation.guards()).containsExactly(Guard.DIFFERENT_PERMANENT_UPNS);
        assertThat(explanation.band()).isEqualTo(Band.REVIEW);
    }

    @Test
    void aDifferentSexWithAWeakForenameGoesToReview() {
        var a = record("Alex", null, "Quarmby", "2016-05-01", 'M', null, "KB1 2AB");
        var b = record("Alexis", null, "Quarmby", "2016-05-01", 'F', null, "KB7 9ZZ");
        assertThat(SCORER.explain(a, b, BlockingRule.DOB_AND_SURNAME_SOUND).guards())
                .contains(Guard.SEX_DIFFERS_AND_FORENAME_WEAK);
    }

    @Test
    void theModelSurvivesAJsonRoundTrip(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var model = Models.standard();
        var file = dir.resolve("model.json");
        model.write(file);
        var read = Model.read(file);
        assertThat(read.version()).isEqualTo(model.version());
        assertThat(read.matchThreshold()).isEqualTo(model.matchThreshold());
        assertThat(read.weight(Field.DATE_OF_BIRTH, 1)).isEqualTo(model.weight(Field.DATE_OF_BIRTH, 1));
    }
}
