package org.rejoin.platform.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.NotFoundException;
import tools.jackson.databind.DatabindException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's one error format: RFC 9457 problem details, with {@code errors} listing each field
 * and the rule it broke. Web pages never come here: they show errors in the GOV.UK pattern.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    static final URI INVALID = URI.create("https://rejoin.example/problems/invalid-input");

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return invalid(e.errors());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        return invalid(e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage())).toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail invalid(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "a valid value" : switch (e.getRequiredType().getSimpleName()) {
            case "LocalDate" -> "a date as yyyy-MM-dd";
            case "UUID" -> "an id (a UUID)";
            case "Integer", "int", "Long", "long" -> "a whole number";
            default -> "a valid " + e.getRequiredType().getSimpleName();
        };
        return invalid(List.of(new FieldError(e.getName(), "'" + e.getValue() + "' is not " + expected)));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail invalid(MissingServletRequestParameterException e) {
        return invalid(List.of(new FieldError(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? "." + r.getPropertyName() : "[" + r.getIndex() + "]")
                    .reduce("", String::concat).replaceFirst("^\\.", "");
            return invalid(List.of(new FieldError(field, "has a value of the wrong type or format: "
                    + databind.getOriginalMessage().split("\n")[0])));
        }
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON for this call");
        problem.setType(INVALID);
        return problem;
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        boolean ifMatch = "If-Match".equalsIgnoreCase(e.getHeaderName());
        return ProblemDetail.forStatusAndDetail(ifMatch ? HttpStatus.PRECONDITION_REQUIRED : HttpStatus.BAD_REQUEST,
                ifMatch ? "Send If-Match with the ETag (the version) of the record you read, so that no one else's change is overwritten"
                        : "Header " + e.getHeaderName() + " is required");
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict(OptimisticLockingFailureException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, e.getMessage());
    }

    static ProblemDetail invalid(List<FieldError> errors) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                        : errors.size() + " fields are not valid");
        problem.setType(INVALID);
        problem.setTitle("Invalid input");
        problem.setProperty("errors", errors.stream()
                .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return problem;
    }
}
