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

    /**
     * For a page whose forms are not bound to an object (several small forms on one page): the
     * errors for the error summary, and each field's first message for the field itself.
     */
    public static void addTo(org.springframework.ui.Model model, List<FieldError> errors) {
        var byField = new java.util.LinkedHashMap<String, String>();
        errors.forEach(e -> byField.putIfAbsent(e.field(), e.message()));
        model.addAttribute("errors", errors);
        model.addAttribute("fieldErrors", byField);
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
