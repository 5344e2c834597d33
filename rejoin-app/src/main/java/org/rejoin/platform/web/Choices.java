package org.rejoin.platform.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The options of a radio group or select made from an enum: each value's name and its words from
 * {@code messages.properties} ({@code prefix + NAME}); and a submitted name read back as the value.
 */
@Component
public class Choices {

    private final MessageSource messages;

    Choices(MessageSource messages) {
        this.messages = messages;
    }

    /** Value name to label, in the enum's order. */
    public Map<String, String> labels(Collection<? extends Enum<?>> values, String prefix) {
        var labels = new LinkedHashMap<String, String>();
        values.forEach(v -> labels.put(v.name(), messages.getMessage(prefix + v.name(), null,
                LocaleContextHolder.getLocale())));
        return labels;
    }

    public Map<String, String> labels(Enum<?>[] values, String prefix) {
        return labels(List.of(values), prefix);
    }

    /** The value of that name, or null when blank or not one of them (the service then names the missing choice). */
    public static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return name == null ? null
                : Arrays.stream(type.getEnumConstants()).filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }
}
