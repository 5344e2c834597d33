package org.rejoin.children;

/**
 * A Unique Learner Number (the Learning Records Service's check digit; docs/rules/identifiers.md):
 * 10 digits; S = 10*d1 + 9*d2 + ... + 2*d9, r = S mod 11; r = 0 is invalid, otherwise the tenth
 * digit is 10 - r. The Learning Records Service also requires a first digit other than 0, which is
 * not checked here yet (docs/rules/identifiers.md records it as to be corrected).
 */
public record Uln(String value) {

    public Uln {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    public static String problem(String value) {
        if (value == null || !value.matches("[0-9]{10}")) {
            return "ULN must be 10 digits";
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (value.charAt(i) - '0');
        }
        int remainder = sum % 11;
        if (remainder == 0) {
            return "ULN is not valid: its first nine digits cannot form a ULN";
        }
        if (value.charAt(9) - '0' != 10 - remainder) {
            return "ULN check digit is wrong: the last digit should be " + (10 - remainder);
        }
        return null;
    }

    public static boolean isValid(String value) {
        return problem(value) == null;
    }

    @Override
    public String toString() {
        return value;
    }
}
