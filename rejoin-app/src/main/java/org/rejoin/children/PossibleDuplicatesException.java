package org.rejoin.children;

import java.util.List;

/** Creating a child was stopped because the register may already hold them; confirm to go on. */
public class PossibleDuplicatesException extends RuntimeException {

    private final List<PossibleDuplicate> duplicates;

    public PossibleDuplicatesException(List<PossibleDuplicate> duplicates) {
        super(duplicates.size() + " children in the register may be this child");
        this.duplicates = List.copyOf(duplicates);
    }

    public List<PossibleDuplicate> duplicates() {
        return duplicates;
    }
}
