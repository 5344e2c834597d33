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
    static final Set<String> COMMENTS_REWORDED = Set.of("7", "12", "15", "16", "17", "18", "19", "20", "21");

    @Bean
    FlywayMigrationStrategy migrateAcceptingRewordedComments() {
        return flyway -> {
            var mismatched = flyway.validateWithResult().invalidMigrations.stream()
                    .filter(m -> m.errorDetails != null && m.errorDetails.errorCode == CoreErrorCode.CHECKSUM_MISMATCH)
                    .toList();
            if (!mismatched.isEmpty() && onlyRewordedComments(mismatched)) {
                flyway.repair();
            }
            flyway.migrate();
        };
    }

    static boolean onlyRewordedComments(List<ValidateOutput> mismatched) {
        return mismatched.stream().allMatch(m -> COMMENTS_REWORDED.contains(m.version));
    }
}
