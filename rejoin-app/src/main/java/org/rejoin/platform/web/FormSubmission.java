package org.rejoin.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submits a form whose own fields (a date typed as 31 2 2026) could not all be read, so that the
 * user still sees every problem at once: the service is asked too, with the unreadable fields
 * left empty, in a transaction that is always rolled back, and its problems on other fields are
 * added to the form's. Nothing is saved until the form reads cleanly and the service accepts it.
 */
@Component
public class FormSubmission {

    private final TransactionTemplate transactions;

    FormSubmission(TransactionTemplate transactions) {
        this.transactions = transactions;
    }

    /**
     * @param unreadable the form's own problems, possibly none
     * @throws InvalidInputException with the form's problems and the service's, when there are any
     */
    public <T> T submit(List<FieldError> unreadable, Supplier<T> call) {
        if (unreadable.isEmpty()) {
            return call.get();
        }
        var all = new ArrayList<>(unreadable);
        try {
            transactions.executeWithoutResult(status -> {
                status.setRollbackOnly();
                call.get();
            });
        }
        catch (InvalidInputException e) {
            e.errors().stream().filter(x -> unreadable.stream().noneMatch(u -> u.field().equals(x.field())))
                    .forEach(all::add);
        }
        throw new InvalidInputException(all);
    }
}
