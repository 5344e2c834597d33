package org.rejoin.platform;

import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.output.ValidateOutput;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the database, accepting the migrations whose comments were reworded after they ran. Their SQL is unchanged,
 * but Flyway's checksum covers comments too, so a database they already ran on would refuse to start. Only a checksum
 * mismatch on one of these versions is repaired; any other mismatch, or one on another version, still stops start-up
 * (ADR 17).
 */
@Configuration
class MigrationConfiguration {

    /** Versions whose comments now cite docs/rules or the regulations rather than design files outside the repository. */
    static final Set<String> COMMENTS_REWORDED = Set.of("7", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21");

    @Bean
    FlywayMigrationStrategy migrateAcceptingRewordedComments() {
        return flyway -> {
            if (onlyRewordedComments(flyway.validateWithResult().invalidMigrations)) {
                flyway.repair();
            }
            flyway.migrate();
        };
    }

    /**
     * Whether what validation found is one or more checksum mismatches, every one on a reworded version, besides
     * migrations not yet applied (which migrate applies). Anything else (a failed migration, a mismatch elsewhere) is
     * left for migrate to refuse, so that repair never realigns it.
     */
    static boolean onlyRewordedComments(List<ValidateOutput> invalid) {
        boolean mismatched = false;
        for (var m : invalid) {
            var code = m.errorDetails == null ? null : m.errorDetails.errorCode;
            if (code == CoreErrorCode.CHECKSUM_MISMATCH && m.version != null && COMMENTS_REWORDED.contains(m.version)) {
                mismatched = true;
            }
            else if (code != CoreErrorCode.RESOLVED_VERSIONED_MIGRATION_NOT_APPLIED) {
                return false;
            }
        }
        return mismatched;
    }
}
