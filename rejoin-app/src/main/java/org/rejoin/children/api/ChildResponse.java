package org.rejoin.children.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildRecord;

/** A child's record in the API: the details, flattened, with id, version and timestamps. */
record ChildResponse(UUID id, long version, Instant createdAt, Instant updatedAt, boolean upnTemporary,
        @JsonUnwrapped ChildDetails details) {

    static ChildResponse of(ChildRecord record) {
        return new ChildResponse(record.id(), record.version(), record.createdAt(), record.updatedAt(),
                record.upnIsTemporary(), record.details());
    }
}
