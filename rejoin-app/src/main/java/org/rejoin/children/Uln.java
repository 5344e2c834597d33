package org.rejoin.children;

/**
 * A Unique Learner Number (the Learning Records Service's check digit; docs/rules/identifiers.md):
 * 10 digits; S = 10*d1 + 9*d2 + ... + 2*d9, r = S mod 11; r = 0 is invalid, otherwise the tenth
 * digit is 10 - r. The first digit is never 0. {@code 9999999999} is the default ULN a provider
 * records before the Learning Records Service issues the learner's own (ILR validation rule ULN_02):
 * accepted, and known as temporary.
 */
public record Uln(String value) {

    /** The default ULN, recorded until the learner's own is issued. */
    public static final String TEMPORARY = "9999999999";

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
        if (TEMPORARY.equals(value)) {
            return null;
        }
        if (value.charAt(0) == '0') {
            return "ULN is not valid: a ULN never starts with 0";
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

    /** Whether this is the default ULN rather than the learner's own. */
    public static boolean isTemporary(String value) {
        return TEMPORARY.equals(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
