package org.rejoin.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded default database: a real PostgreSQL started by Rejoin itself. Used only
 * when no external database is configured ({@code spring.datasource.url} unset).
 *
 * @param dataDirectory where PostgreSQL keeps its files between runs
 * @param port the port to listen on; 0 picks a free one
 * @param clean start from an empty data directory each time (tests)
 */
@ConfigurationProperties("rejoin.database.embedded")
public record DatabaseProperties(
        @DefaultValue("data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean clean) {
}
