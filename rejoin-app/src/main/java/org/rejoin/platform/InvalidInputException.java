package org.rejoin.platform;

import java.util.List;

/**
 * Input that breaks a rule the form or request format cannot express (a duplicate username, a
 * role that does not fit the organisation, a term that overlaps another). Names each field and
 * rule; the web shows it in the GOV.UK error summary, the API answers 400 with the same list.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * The same problems under the names a form gives its fields (the service's "occurredOn" is a
     * note's "noteOn"), so that each shows on the field it belongs to.
     */
    public InvalidInputException renamed(java.util.function.UnaryOperator<String> field) {
        return new InvalidInputException(errors.stream().map(e -> new FieldError(field.apply(e.field()), e.message())).toList());
    }

    /** A rule one field broke; {@code field} is the request's own name for it. */
    public record FieldError(String field, String message) {
    }
}
