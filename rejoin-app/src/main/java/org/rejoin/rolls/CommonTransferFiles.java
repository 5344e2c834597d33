package org.rejoin.rolls;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;

/**
 * Common Transfer Files in and out (docs/rules/rolls.md; ADR 13).
 */
public interface CommonTransferFiles {

    /**
     * Imports a CTF (LA staff). The whole file is checked first; a file with any problem is refused
     * with each problem's element path, and nothing is written. Each pupil is matched against the
     * register as Rejoin: an automatic match is that child, whose record gains what the file adds;
     * otherwise the child is added and any possible match queued for review. School history and
     * attendance year data are kept for the child.
     *
     * @throws org.rejoin.platform.InvalidInputException naming each problem by its element path
     */
    CtfImport importFile(InputStream xml, String fileName, RejoinUser user);

    /**
     * A CTF of some of an establishment's pupils, current or past, from that establishment: its own
     * users, or LA staff. A lost-pupil file (XXX/XXXX) or a move abroad (MMM/MMMM) holds one pupil,
     * so several pupils make a ZIP of one file each. A file sent more than 15 school days after a
     * pupil left is recorded as late.
     *
     * @throws org.rejoin.platform.InvalidInputException naming each field that breaks a rule
     */
    CtfExport export(CtfRequest request, RejoinUser user);

    /**
     * Leavers whose CTF has not gone yet, oldest first: of one establishment (its own users and LA
     * staff), or of every establishment when {@code establishmentId} is null (LA staff). A leaver with
     * no onward education to name (died, over compulsory school age, detained) has none to send.
     */
    List<CtfExport.Due> awaiting(UUID establishmentId, RejoinUser user);

    /** What Common Transfer Files said about a child that the register has no place for: whoever may see the child. */
    Ctf.Kept kept(UUID childId, RejoinUser user);

    /** Files an establishment has exported, newest first: its own users and LA staff. */
    List<CtfExport.Sent> sent(UUID establishmentId, RejoinUser user);
}
