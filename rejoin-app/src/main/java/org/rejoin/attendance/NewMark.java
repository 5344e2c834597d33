package org.rejoin.attendance;

import java.time.LocalDate;

/**
 * A session mark as a school or provider sends it.
 *
 * @param upnOrChildId the pupil's UPN, or their Rejoin child id
 * @param establishmentUrn the sender's establishment: the pupil must be on its roll that day
 * @param code a national code (School Attendance (Pupil Registration) (England) Regulations 2024,
 *        reg 10), as registers write it: {@code /}, {@code C2}, {@code #}
 */
public record NewMark(String upnOrChildId, Integer establishmentUrn, LocalDate date, Session session, String code) {
}
