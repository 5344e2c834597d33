package org.rejoin.children.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;

import org.rejoin.children.ChildDetails;
import org.rejoin.linkage.PersonRecord;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The register as the matching engine reads it ({@code child}, {@code child_search_name},
 * {@code child_address}): one record per name a child goes by, each with the child it belongs to
 * (a merged record belongs to the record it was merged into). SQL and row mapping only.
 */
@Repository
class JdbcEngineRows {

    /**
     * A child's names as entered where they can be told (legal, preferred), so that explanations
     * show "Jess", not the search table's "JESS"; other names (former ones) in title case.
     */
    private static final String COLUMNS = """
            select c.id, coalesce(c.merged_into, c.id) as child_id,
                   case when n.position = 0 then c.legal_forename
                        when upper(c.preferred_forename) = n.forename then c.preferred_forename
                        when upper(c.legal_forename) = n.forename then c.legal_forename
                        else initcap(n.forename) end as forename,
                   case when n.position = 0 then c.legal_surname
                        when upper(c.preferred_surname) = n.surname then c.preferred_surname
                        when upper(c.legal_surname) = n.surname then c.legal_surname
                        else initcap(n.surname) end as surname,
                   c.middle_names, c.date_of_birth, c.sex, c.upn,
                   (select a.postcode from child_address a where a.child_id = c.id and a.ends_on is null
                    order by a.position limit 1) as postcode""";

    private final JdbcClient jdbc;

    JdbcEngineRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every record in the register, for a scan, each made into what the caller keeps of it. */
    <T> List<T> all(BiFunction<UUID, PersonRecord, T> as) {
        return jdbc.sql(COLUMNS + " from child c join child_search_name n on n.child_id = c.id").query(mapper(as)).list();
    }

    /**
     * The records that share a kind of blocking key with the child described (UPN, date of birth
     * or its swap, similar names with the year of birth, postcode with the year): a superset of
     * what the engine's blocking will pair with it.
     */
    <T> List<T> sharingKeysWith(ChildDetails d, BiFunction<UUID, PersonRecord, T> as) {
        LocalDate dob = d.dateOfBirth();
        LocalDate swapped = dob != null && dob.getDayOfMonth() <= 12
                ? LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()) : dob;
        String forename = SearchNames.standardise(d.legalForename());
        String surname = SearchNames.standardise(d.legalSurname());
        String postcode = d.addresses().stream().map(ChildDetails.Address::postcode).filter(p -> p != null)
                .map(p -> p.replaceAll("\\s", "").toUpperCase(Locale.ROOT)).findFirst().orElse("");
        return jdbc.sql("""
                with ids as (
                    select c.id from child c where c.upn = :upn or c.date_of_birth in (:dob, :swapped)
                    union select u.child_id from child_former_upn u where u.upn = :upn
                    union select n.child_id from child_search_name n join child c on c.id = n.child_id
                          where n.surname % :surname and n.forename % :forename
                            and extract(year from c.date_of_birth) between :year - 1 and :year + 1
                    union select a.child_id from child_address a join child c on c.id = a.child_id
                          where replace(upper(a.postcode), ' ', '') = :postcode
                            and extract(year from c.date_of_birth) = :year
                    limit 2000)
                """ + COLUMNS + " from ids join child c on c.id = ids.id join child_search_name n on n.child_id = c.id")
                .param("upn", d.upn() == null ? "" : d.upn()).param("dob", dob).param("swapped", swapped)
                .param("surname", surname == null ? "" : surname).param("forename", forename == null ? "" : forename)
                .param("year", dob == null ? 0 : dob.getYear()).param("postcode", postcode)
                .query(mapper(as)).list();
    }

    private static <T> RowMapper<T> mapper(BiFunction<UUID, PersonRecord, T> as) {
        return (rs, row) -> as.apply(rs.getObject("child_id", UUID.class), person(rs));
    }

    private static PersonRecord person(ResultSet rs) throws SQLException {
        return new PersonRecord(rs.getString("id"), rs.getString("forename"), rs.getString("middle_names"),
                rs.getString("surname"), rs.getObject("date_of_birth", LocalDate.class), RegisterRecords.sex(rs.getString("sex")),
                rs.getString("upn"), rs.getString("postcode"));
    }
}
