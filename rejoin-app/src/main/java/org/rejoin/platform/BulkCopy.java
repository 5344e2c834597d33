package org.rejoin.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Loads many rows into one table with PostgreSQL COPY, in the caller's transaction: the way
 * data that arrives by the thousand (demo and benchmark populations, roll snapshots, attendance
 * marks) is written.
 */
@Component
public class BulkCopy {

    private final DataSource dataSource;

    BulkCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Copies the rows (each value's {@code toString()}, null as SQL NULL) into the table's columns. */
    public long copy(String table, List<String> columns, List<Object[]> rows) {
        var text = new StringBuilder(rows.size() * 64);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                text.append(encode(row[i]));
            }
            text.append('\n');
        }
        var connection = DataSourceUtils.getConnection(dataSource);
        try (Reader reader = new StringReader(text.toString())) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            return copy.copyIn("copy " + table + " (" + String.join(", ", columns) + ") from stdin", reader);
        }
        catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not copy " + rows.size() + " rows into " + table, e);
        }
        finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** COPY's text format: tab-separated, \N for null, backslash escapes; an Instant's ISO form is read as UTC. */
    private static String encode(Object value) {
        if (value == null) {
            return "\\N";
        }
        String s = value.toString();
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
