package org.rejoin.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.linkage.StandardiserTests.record;

import org.junit.jupiter.api.Test;

/** The comparison levels of ADR 10, field by field. */
class ComparatorTests {

    static final Comparator COMPARATOR = new Comparator();

    static int level(Field field, StandardRecord a, StandardRecord b) {
        return COMPARATOR.compare(a, b)[field.ordinal()];
    }

    static String levelName(Field field, StandardRecord a, StandardRecord b) {
        return field.levels().get(level(field, a, b));
    }

    @Test
    void forenameLevels() {
        var mohammed = record("Mohammed", null, "Khan", null, null, null, null);
        assertThat(levelName(Field.FORENAME, mohammed, record("Mohammed", null, "K", null, null, null, null))).isEqualTo("exact");
        assertThat(levelName(Field.FORENAME, mohammed, record("Mo", null, "K", null, null, null, null)))
                .isEqualTo("nickname or transliteration of the same name");
        assertThat(levelName(Field.FORENAME, record("Jonathon", null, "K", null, null, null, null),
                record("Jonathan", null, "K", null, null, null, null))).isEqualTo("Jaro-Winkler at least 0.92");
        assertThat(levelName(Field.FORENAME, record("Kaitlyn", null, "K", null, null, null, null),
                record("Caitlin", null, "K", null, null, null, null))).isEqualTo("sounds the same");
        assertThat(levelName(Field.FORENAME, record("Grace", null, "K", null, null, null, null),
                record("Olivia", "Grace", "K", null, null, null, null))).isEqualTo("crossed with a middle name");
        assertThat(levelName(Field.FORENAME, record("O", null, "K", null, null, null, null),
                record("Olivia", null, "K", null, null, null, null))).isEqualTo("initial only");
        assertThat(levelName(Field.FORENAME, record("Oscar", null, "K", null, null, null, null),
                record("Harry", null, "K", null, null, null, null))).isEqualTo("different");
        assertThat(levelName(Field.FORENAME, record(null, null, "K", null, null, null, null), mohammed)).isEqualTo("missing");
    }

    @Test
    void namesSwappedBetweenFieldsHaveALevelOfTheirOwn() {
        var a = record("Amara", null, "Moyo", null, null, null, null);
        var b = record("Moyo", null, "Amara", null, null, null, null);
        assertThat(levelName(Field.FORENAME, a, b)).isEqualTo("names swapped with surname");
        assertThat(levelName(Field.SURNAME, a, b)).isEqualTo("names swapped with forename");
    }

    @Test
    void surnameLevels() {
        var smith = record("A", null, "Smith", null, null, null, null);
        assertThat(levelName(Field.SURNAME, smith, record("A", null, "Smith-Jones", null, null, null, null)))
                .isEqualTo("shares a name (double-barrelled, changed)");
        assertThat(levelName(Field.SURNAME, record("A", null, "Kowalski", null, null, null, null),
                record("A", null, "Kowalsky", null, null, null, null))).isEqualTo("Jaro-Winkler at least 0.92");
        assertThat(levelName(Field.SURNAME, smith, record("A", null, "Patel", null, null, null, null))).isEqualTo("different");
    }

    @Test
    void dateOfBirthLevels() {
        var a = record("A", null, "B", "2015-03-04", null, null, null);
        assertThat(levelName(Field.DATE_OF_BIRTH, a, record("A", null, "B", "2015-04-03", null, null, null)))
                .isEqualTo("day and month swapped");
        assertThat(levelName(Field.DATE_OF_BIRTH, a, record("A", null, "B", "2015-03-05", null, null, null)))
                .isEqualTo("one digit different");
        assertThat(levelName(Field.DATE_OF_BIRTH, a, record("A", null, "B", "2015-03-28", null, null, null)))
                .isEqualTo("same year and month");
        assertThat(levelName(Field.DATE_OF_BIRTH, a, record("A", null, "B", "2015-11-20", null, null, null)))
                .isEqualTo("within a year");
        assertThat(levelName(Field.DATE_OF_BIRTH, a, record("A", null, "B", "2011-11-20", null, null, null)))
                .isEqualTo("different");
    }

    @Test
    void upnSexAndPostcodeLevels() {
        var a = record("A", null, "B", null, 'F', "H801200001001", "KB1 2AB");
        var temporary = record("A", null, "B", null, 'M', "X00180001701A", "KB1 2XY");
        var other = record("A", null, "B", null, null, "B801200005001", "KB2 1AA");
        assertThat(levelName(Field.UPN, a, a)).isEqualTo("same permanent UPN");
        assertThat(levelName(Field.UPN, a, temporary)).isEqualTo("missing or temporary");
        assertThat(levelName(Field.UPN, a, other)).isEqualTo("different permanent UPNs");
        assertThat(levelName(Field.SEX, a, temporary)).isEqualTo("different");
        assertThat(levelName(Field.SEX, a, other)).isEqualTo("missing");
        assertThat(levelName(Field.POSTCODE, a, temporary)).isEqualTo("same sector");
        assertThat(levelName(Field.POSTCODE, a, other)).isEqualTo("different");
    }
}
