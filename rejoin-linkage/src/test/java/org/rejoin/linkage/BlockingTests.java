package org.rejoin.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.linkage.StandardiserTests.record;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each blocking rule finds the kind of true pair it is for, and says that it did. */
class BlockingTests {

    private static Map<Integer, BlockingRule> candidates(StandardRecord probe, StandardRecord... register) {
        var index = new BlockingIndex(List.of(register));
        var found = new HashMap<Integer, BlockingRule>();
        index.candidates(probe, found::put);
        return found;
    }

    @Test
    void theSamePermanentUpnFindsAPairWhateverElseDiffers() {
        var found = candidates(record("Jo", null, "Smith", "2015-01-01", 'F', "H801200001001", null),
                record("Joanna", null, "Smyth-Brown", "2016-02-02", 'F', "H801200001001", null));
        assertThat(found).containsEntry(0, BlockingRule.SAME_UPN);
    }

    @Test
    void aDayMonthSwapIsFoundBySwappedDateAndSex() {
        var found = candidates(record("Alex", null, "Nowak", "2015-04-03", 'M', null, null),
                record("Aleksander", null, "Novak", "2015-03-04", 'M', null, null));
        assertThat(found).containsEntry(0, BlockingRule.SWAPPED_DOB_AND_SEX);
    }

    @Test
    void aMistypedYearIsFoundByNamesAndBirthday() {
        var found = candidates(record("Oliver", null, "Popa", "2014-03-23", 'M', null, null),
                record("Oliver", null, "Popa", "2017-03-23", 'M', null, null));
        assertThat(found).containsEntry(0, BlockingRule.NAMES_AND_BIRTHDAY);
    }

    @Test
    void namesSwappedBetweenFieldsAreFound() {
        var found = candidates(record("Moyo", null, "Amara", "2018-04-16", 'F', null, null),
                record("Amara", null, "Moyo", "2018-04-16", 'F', null, null));
        assertThat(found).containsKey(0);
    }

    @Test
    void aMissingDateOfBirthIsFoundByNamesAndPostcode() {
        var found = candidates(record("Katie", null, "Woodett", null, 'F', null, "KB8 6AE"),
                record("Katie", null, "Woodett", "2020-11-24", 'F', null, "KB8 6AE"));
        assertThat(found).containsEntry(0, BlockingRule.NAMES_AND_POSTCODE);
    }

    @Test
    void unrelatedRecordsAreNeverCompared() {
        assertThat(candidates(record("Oscar", null, "Jones", "2015-01-01", 'M', null, "KB1 1AA"),
                record("Fatima", null, "Begum", "2012-06-30", 'F', null, "KB9 9ZZ"))).isEmpty();
    }
}
