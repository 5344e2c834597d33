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
        return invalid(version, CoreErrorCode.CHECKSUM_MISMATCH);
    }

    private static ValidateOutput invalid(String version, CoreErrorCode code) {
        return new ValidateOutput(version, "a migration", "V" + version + "__a_migration.sql",
                new ErrorDetails(code, code + " for migration version " + version));
    }

    @Test
    void mismatchesOnlyOnRewordedMigrationsAreRepaired() {
        assertThat(MigrationConfiguration.onlyRewordedComments(List.of(mismatch("7"), mismatch("15"), mismatch("21")))).isTrue();
    }

    @Test
    void aMismatchOnAnyOtherMigrationStopsStartUp() {
        assertThat(MigrationConfiguration.onlyRewordedComments(List.of(mismatch("12"), mismatch("22")))).isFalse();
        assertThat(MigrationConfiguration.onlyRewordedComments(List.of(mismatch("24")))).isFalse();
    }

    @Test
    void migrationsNotYetAppliedDoNotStopTheRepairButNothingElseIsRealigned() {
        var pending = invalid("25", CoreErrorCode.RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED);
        assertThat(MigrationConfiguration.onlyRewordedComments(List.of(mismatch("7"), pending))).isTrue();
        assertThat(MigrationConfiguration.onlyRewordedComments(List.of(pending))).as("nothing to repair").isFalse();
        assertThat(MigrationConfiguration.onlyRewordedComments(List.of())).isFalse();
        assertThat(MigrationConfiguration.onlyRewordedComments(List.of(mismatch("7"),
                invalid("22", CoreErrorCode.FAILED_VERSIONED_MIGRATION)))).as("a failed migration").isFalse();
        assertThat(MigrationConfiguration.onlyRewordedComments(List.of(mismatch(null)))).as("a repeatable migration").isFalse();
    }
}
