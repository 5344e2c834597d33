package org.rejoin.cme.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.children.ChildRecordSection;
import org.rejoin.cme.CmeCases;

import org.springframework.stereotype.Component;

/** The child's CME cases, on the child's page: LA staff only, schools and agencies see nothing of them. */
@Component
class CmeSection implements ChildRecordSection {

    private final CmeCases cases;

    CmeSection(CmeCases cases) {
        this.cases = cases;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public String fragment() {
        return "cme/child-cases :: cases";
    }

    @Override
    public Map<String, Object> model(UUID childId, RejoinUser user) {
        boolean visible = user.isLocalAuthorityStaff();
        return Map.of("visible", visible, "cases", visible ? cases.forChild(childId, user) : List.of());
    }
}
