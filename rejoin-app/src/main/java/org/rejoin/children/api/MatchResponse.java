package org.rejoin.children.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rejoin.children.PossibleDuplicate;
import org.rejoin.linkage.Explanation;

/** A child who may be the one described, with the engine's explanation when it scored them. */
record MatchResponse(UUID id, String name, LocalDate dateOfBirth, String band, Double matchWeight, Double probability,
        List<String> reasons, List<String> guards, List<FieldEvidence> fields, String blockingRule, String modelVersion) {

    record FieldEvidence(String field, String entered, String register, String level, double weight) {
    }

    static MatchResponse of(PossibleDuplicate d) {
        Explanation e = d.explanation();
        return new MatchResponse(d.child().id(), d.child().displayName(), d.child().dateOfBirth(), d.band().name(),
                e == null ? null : e.totalWeight(), e == null ? null : e.probability(), d.reasons(),
                e == null ? List.of() : e.guards().stream().map(g -> g.description()).toList(),
                e == null ? List.of() : e.fields().stream().map(f -> new FieldEvidence(f.field().name(), f.left(),
                        f.right(), f.levelName(), f.weight() + f.termFrequencyAdjustment())).toList(),
                e == null ? null : e.blockingRule().description(), e == null ? null : e.modelVersion());
    }
}
