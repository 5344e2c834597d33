package org.rejoin.children.internal;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface ChildRepository extends CrudRepository<Child, UUID> {
}
