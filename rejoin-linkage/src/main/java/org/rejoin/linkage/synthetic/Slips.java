package org.rejoin.linkage.synthetic;

import java.time.LocalDate;
import java.util.Random;

/** The slips of a keyboard in names and dates, drawn from the population's own random numbers. */
final class Slips {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final Random random;

    Slips(Random random) {
        this.random = random;
    }

    /** One keyboard slip: a letter dropped, doubled, swapped with the next, or replaced. */
    String typo(String name) {
        if (name == null || name.length() < 3) {
            return name;
        }
        int i = 1 + random.nextInt(name.length() - 2);
        return switch (random.nextInt(4)) {
            case 0 -> name.substring(0, i) + name.substring(i + 1);
            case 1 -> name.substring(0, i) + name.charAt(i) + name.substring(i);
            case 2 -> name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
            default -> name.substring(0, i) + Character.toLowerCase(ALPHABET.charAt(random.nextInt(26))) + name.substring(i + 1);
        };
    }

    /** A date with one digit mistyped (kept a real date). */
    LocalDate oneDigit(LocalDate date) {
        for (int attempt = 0; attempt < 10; attempt++) {
            char[] text = date.toString().toCharArray();
            int[] positions = {3, 6, 8, 9};
            int p = positions[random.nextInt(positions.length)];
            text[p] = (char) ('0' + random.nextInt(10));
            try {
                var typed = LocalDate.parse(new String(text));
                if (!typed.equals(date)) {
                    return typed;
                }
            }
            catch (java.time.format.DateTimeParseException e) {
                // not a real date: type again
            }
        }
        return date.plusDays(1);
    }
}
