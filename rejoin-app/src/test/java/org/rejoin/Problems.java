package org.rejoin;

import java.util.List;

import org.rejoin.platform.InvalidInputException;

/** What a refused change names: for unit tests of a model's verbs. */
public final class Problems {

    private Problems() {
    }

    /** The fields a change is refused for, in the order given; fails when the change is accepted. */
    public static List<String> fields(Runnable change) {
        try {
            change.run();
        }
        catch (InvalidInputException e) {
            return e.errors().stream().map(InvalidInputException.FieldError::field).toList();
        }
        throw new AssertionError("the change was accepted");
    }
}
