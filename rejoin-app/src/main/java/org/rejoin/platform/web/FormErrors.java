package org.rejoin.platform.web;

import java.util.List;

import org.rejoin.platform.InvalidInputException.FieldError;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Puts rule violations from a service onto a form, so the GOV.UK error summary and the field
 * itself show them. A field the form does not have (an item of a list entered as text) falls back
 * to the list's own field, then to a message for the whole form.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void addTo(BindingResult result, List<FieldError> errors) {
        var form = new BeanWrapperImpl(result.getTarget());
        for (var error : errors) {
            String field = error.field();
            if (!form.isReadableProperty(field)) {
                field = field.replaceAll("\\[\\d+]$", "");
            }
            if (form.isReadableProperty(field)) {
                result.rejectValue(field, "invalid", error.message());
            }
            else {
                result.reject("invalid", error.message());
            }
        }
    }
}
