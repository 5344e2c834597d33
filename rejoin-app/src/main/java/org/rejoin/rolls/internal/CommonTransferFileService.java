package org.rejoin.rolls.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinActor;
import org.rejoin.access.RejoinUser;
import org.rejoin.calendar.SchoolCalendar;
import org.rejoin.children.ChildMerges;
import org.rejoin.children.ChildRegister;
import org.rejoin.organisations.Establishment;
import org.rejoin.organisations.Organisations;
import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.platform.LaStaff;
import org.rejoin.platform.NotFoundException;
import org.rejoin.platform.SignedIn;
import org.rejoin.rolls.CommonTransferFiles;
import org.rejoin.rolls.Ctf;
import org.rejoin.rolls.CtfExport;
import org.rejoin.rolls.CtfImport;
import org.rejoin.rolls.CtfRequest;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Common Transfer Files as a service: who may import, export and see which files, each import and
 * export in one transaction ({@link CtfImporter}, {@link CtfExporter}), the files kept for a child,
 * and the leavers whose file is due (docs/rules/rolls.md).
 */
@Service
@Transactional
@LaOrEstablishmentStaff
class CommonTransferFileService implements CommonTransferFiles {

    private final CtfImporter importer;
    private final CtfExporter exporter;
    private final JdbcCtfRows rows;
    private final ChildRegister children;
    private final ChildMerges merges;
    private final Organisations organisations;
    private final SchoolCalendar calendar;
    private final RejoinActor actor;
    private final Clock clock;

    CommonTransferFileService(CtfImporter importer, CtfExporter exporter, JdbcCtfRows rows, ChildRegister children,
            ChildMerges merges, Organisations organisations, SchoolCalendar calendar, RejoinActor actor, Clock clock) {
        this.importer = importer;
        this.exporter = exporter;
        this.rows = rows;
        this.children = children;
        this.merges = merges;
        this.organisations = organisations;
        this.calendar = calendar;
        this.actor = actor;
        this.clock = clock;
    }

    @Override
    @LaStaff
    public CtfImport importFile(InputStream xml, String fileName, RejoinUser user) {
        return importer.importFile(CtfReader.read(xml, LocalDate.now(clock)), fileName, user);
    }

    @Override
    public CtfExport export(CtfRequest request, RejoinUser user) {
        if (request.establishmentId() == null) {
            throw new InvalidInputException("establishmentId", "Select the establishment the pupils are or were at");
        }
        return exporter.export(establishment(request.establishmentId(), user), request, user);
    }

    @Override
    @Transactional(readOnly = true)
    @SignedIn
    public Ctf.Kept kept(UUID childId, RejoinUser user) {
        if (!children.canSee(childId, user)) {
            throw new AccessDeniedException("This child is not connected to " + user.organisationName());
        }
        var records = merges.recordsOf(childId).toArray(UUID[]::new);
        return new Ctf.Kept(rows.history(records), rows.attendance(records));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CtfExport.Sent> sent(UUID establishmentId, RejoinUser user) {
        establishment(establishmentId, user);
        return rows.sent(establishmentId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CtfExport.Due> awaiting(UUID establishmentId, RejoinUser user) {
        if (establishmentId == null) {
            if (!user.isLocalAuthorityStaff()) {
                throw new AccessDeniedException("Leavers across the LA are for LA staff");
            }
        }
        else {
            establishment(establishmentId, user);
        }
        LocalDate today = LocalDate.now(clock);
        var leavers = rows.awaitingFiles(establishmentId, today.minusYears(1));
        var names = new HashMap<UUID, String>();
        actor.act(rejoin -> children.summaries(leavers.stream().map(JdbcCtfRows.Leaver::childId).distinct().toList(),
                rejoin)).forEach(c -> names.put(c.id(), c.displayName()));
        return leavers.stream().map(r -> {
            LocalDate dueBy = CtfRules.dueBy(calendar.forEstablishment(r.establishmentId()), r.leftOn());
            String[] dest = CtfRules.destinationOf(r.destination(), r.destinationLa(), r.destinationEstab());
            return new CtfExport.Due(r.childId(), names.getOrDefault(r.childId(), ""), r.establishmentId(),
                    r.establishmentName(), r.leftOn(), dueBy, dueBy != null && today.isAfter(dueBy), dest[0], dest[1]);
        }).toList();
    }

    /** A school acts for itself; LA staff for any establishment. */
    private Establishment establishment(UUID establishmentId, RejoinUser user) {
        if (!user.actsFor(establishmentId)) {
            throw new AccessDeniedException("A Common Transfer File is sent by the establishment itself, or LA staff");
        }
        return organisations.establishment(establishmentId)
                .orElseThrow(() -> new NotFoundException("No establishment " + establishmentId));
    }
}
