package org.rejoin.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.ErrorDetails;
import org.flywaydb.core.api.output.ValidateOutput;
import org.junit.jupiter.api.Test;

/** Which checksum mismatches start-up repairs: only those of the migrations whose comments were reworded. */
class MigrationConfigurationTests {

    private static ValidateOutput mismatch(String version) {
        return new ValidateOutput(version, "a migration", "V" + version + "__a_migration.sql",
                new ErrorDetails(CoreErrorCode.CHECKSUM_MISMATCH, "Migration checksum mismatch for migration version " + version));
    }

    @Test
    void mismatchesOnlyOnRewordedMigrationsAreRepaired() {
        assertThat(MigrationConfiguration.onlyRewordedComments(List.of(mismatch("7"), mismatch("15"), mismatch("21")))).isTrue();
    }

    @Test
    void aMismatchOnAnyOtherMigrationStopsStartUp() {
        assertThat(MigrationConfiguration.onlyRewordedComments(List.of(mismatch("12"), mismatch("13")))).isFalse();
        assertThat(MigrationConfiguration.onlyRewordedComments(List.of(mismatch("24")))).isFalse();
    }
}
