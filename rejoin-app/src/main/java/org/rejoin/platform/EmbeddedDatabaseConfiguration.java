package org.rejoin.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded default PostgreSQL when no external database is configured.
 * Production sets {@code SPRING_DATASOURCE_URL} (and user, password) and this is skipped.
 * The server is closed by the container, not by zonky's own shutdown hook, so that test
 * JVMs exit promptly and the data directory is left consistent.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) {
        var directory = properties.dataDirectory().toAbsolutePath();
        try {
            Files.createDirectories(directory);
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(properties.clean())
                    .setRegisterShutdownHook(false)
                    .setPort(properties.port())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("fsync", properties.clean() ? "off" : "on")
                    // zonky turns synchronous commit off; a record acknowledged must survive a crash.
                    .setServerConfig("synchronous_commit", properties.clean() ? "off" : "on")
                    .start();
            log.info("Embedded PostgreSQL listening on port {} with data in {}", postgres.getPort(), directory);
            return postgres;
        }
        catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + directory
                    + ". If Rejoin was stopped abruptly, the PostgreSQL of its last run may still be running: see"
                    + " docs/runbook.md. Or point Rejoin at an external PostgreSQL by setting SPRING_DATASOURCE_URL,"
                    + " SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD (see README).", e);
        }
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("rejoin-embedded");
        return dataSource;
    }
}
