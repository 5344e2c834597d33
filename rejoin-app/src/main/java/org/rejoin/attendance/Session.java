package org.rejoin.attendance;

/** The two sessions of a school day (RULES.md 2). */
public enum Session {
    AM, PM
}
