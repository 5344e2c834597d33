package org.rejoin.calendar;

/** The six half terms of an English school year, in order. */
public enum HalfTerm {
    AUTUMN_1, AUTUMN_2, SPRING_1, SPRING_2, SUMMER_1, SUMMER_2
}
