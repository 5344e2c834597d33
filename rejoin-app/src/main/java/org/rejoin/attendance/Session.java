package org.rejoin.attendance;

/** The two sessions of a school day (School Attendance (Pupil Registration) (England) Regulations 2024, reg 10(1)). */
public enum Session {
    AM, PM
}
