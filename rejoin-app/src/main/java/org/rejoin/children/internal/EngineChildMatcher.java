package org.rejoin.children.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildMatcher;
import org.rejoin.children.PossibleDuplicate;
import org.rejoin.linkage.Band;
import org.rejoin.linkage.BlockingIndex;
import org.rejoin.linkage.Explanation;
import org.rejoin.linkage.Models;
import org.rejoin.linkage.Nicknames;
import org.rejoin.linkage.PersonRecord;
import org.rejoin.linkage.Scorer;
import org.rejoin.linkage.Standardiser;
import org.rejoin.linkage.StandardRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scores a child against the register with the matching engine. Candidates come from the
 * database by the same kinds of key as the engine's blocking rules (UPN, date of birth and its
 * swap, similar names with the year of birth, postcode with the year), each of a child's names
 * (legal, preferred, former) becomes a record, and the engine's blocking then scores the pairs.
 */
@Service
@Transactional(readOnly = true)
class EngineChildMatcher implements ChildMatcher {

    private final JdbcClient jdbc;
    private final ChildQueries queries;
    private final Standardiser standardiser = new Standardiser(Nicknames.standard());
    private final Scorer scorer = new Scorer(Models.standard());

    EngineChildMatcher(JdbcClient jdbc, ChildQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    @Override
    @PreAuthorize("hasAnyRole('LA_ADMIN', 'LA_MANAGER', 'CME_OFFICER', 'KEY_WORKER')")
    public List<PossibleDuplicate> candidates(ChildDetails details, RejoinUser user) {
        var probe = standardiser.standardise(record("new", details.legalForename(), details));
        var records = new ArrayList<StandardRecord>();
        var childOf = new ArrayList<UUID>();
        for (var candidate : candidateRecords(details)) {
            records.add(standardiser.standardise(candidate.record()));
            childOf.add(candidate.childId());
        }
        Map<UUID, Explanation> best = new HashMap<>();
        new BlockingIndex(records).candidates(probe, (i, rule) -> {
            var explanation = scorer.explain(probe, records.get(i), rule);
            best.merge(childOf.get(i), explanation, (a, b) -> a.totalWeight() >= b.totalWeight() ? a : b);
        });
        Map<UUID, PossibleDuplicate> found = new LinkedHashMap<>();
        var summaries = new HashMap<UUID, org.rejoin.children.ChildSummary>();
        queries.summaries(best.keySet(), ChildQueries.Scope.everything()).forEach(s -> summaries.put(s.id(), s));
        best.entrySet().stream().filter(e -> e.getValue().band() != Band.NON_MATCH)
                .sorted(Comparator.comparingDouble((Map.Entry<UUID, Explanation> e) -> e.getValue().totalWeight()).reversed())
                .forEach(e -> found.put(e.getKey(), new PossibleDuplicate(summaries.get(e.getKey()), e.getValue(), List.of())));
        if (details.upn() != null) {
            for (var child : queries.withUpn(details.upn())) {
                found.merge(child.id(), new PossibleDuplicate(child, null, List.of("UPN " + details.upn() + " is already on this record")),
                        (a, b) -> new PossibleDuplicate(a.child(), a.explanation(), b.reasons()));
            }
        }
        return List.copyOf(found.values());
    }

    private static PersonRecord record(String id, String forename, ChildDetails d) {
        var address = d.addresses().stream().filter(a -> a.endsOn() == null).findFirst()
                .or(() -> d.addresses().stream().findFirst());
        return new PersonRecord(id, forename, d.middleNames(), d.legalSurname(), d.dateOfBirth(),
                d.sex() == null ? null : switch (d.sex()) {
                    case FEMALE -> 'F';
                    case MALE -> 'M';
                    case NOT_KNOWN -> null;
                }, d.upn(), address.map(ChildDetails.Address::postcode).orElse(null));
    }

    private record Candidate(UUID childId, PersonRecord record) {
    }

    /** Register records that share a blocking key with the child described: one per name the child goes by. */
    private List<Candidate> candidateRecords(ChildDetails d) {
        LocalDate dob = d.dateOfBirth();
        LocalDate swapped = dob != null && dob.getDayOfMonth() <= 12
                ? LocalDate.of(dob.getYear(), dob.getDayOfMonth(), dob.getMonthValue()) : dob;
        String forename = SearchNames.standardise(d.legalForename());
        String surname = SearchNames.standardise(d.legalSurname());
        String postcode = d.addresses().stream().map(ChildDetails.Address::postcode).filter(p -> p != null)
                .map(p -> p.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT)).findFirst().orElse("");
        int year = dob == null ? 0 : dob.getYear();
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
                select c.id, coalesce(c.merged_into, c.id) as child_id,
                       case when n.position = 0 then c.legal_forename else n.forename end as name_forename,
                       case when n.position = 0 then c.legal_surname else n.surname end as name_surname,
                       c.middle_names, c.date_of_birth,
                       c.sex, c.upn,
                       (select a.postcode from child_address a where a.child_id = c.id and a.ends_on is null
                        order by a.position limit 1) as postcode
                from ids join child c on c.id = ids.id join child_search_name n on n.child_id = c.id""")
                .param("upn", d.upn() == null ? "" : d.upn()).param("dob", dob).param("swapped", swapped)
                .param("surname", surname == null ? "" : surname).param("forename", forename == null ? "" : forename)
                .param("year", year).param("postcode", postcode)
                .query((rs, row) -> {
                    String sex = rs.getString("sex");
                    // A merged record is evidence about the record it was merged into.
                    return new Candidate(rs.getObject("child_id", UUID.class), new PersonRecord(rs.getString("id"),
                            rs.getString("name_forename"), rs.getString("middle_names"), rs.getString("name_surname"),
                            rs.getObject("date_of_birth", LocalDate.class),
                            "FEMALE".equals(sex) ? Character.valueOf('F') : "MALE".equals(sex) ? Character.valueOf('M') : null,
                            rs.getString("upn"), rs.getString("postcode")));
                }).list();
    }
}
