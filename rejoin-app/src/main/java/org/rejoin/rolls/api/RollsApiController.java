package org.rejoin.rolls.api;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.rejoin.access.RejoinUser;
import org.rejoin.platform.LaOrEstablishmentStaff;
import org.rejoin.rolls.CommonTransferFiles;
import org.rejoin.rolls.CtfExport;
import org.rejoin.rolls.CtfImport;
import org.rejoin.rolls.CtfRequest;
import org.rejoin.rolls.LaSnapshot;
import org.rejoin.rolls.DeletionRecord;
import org.rejoin.rolls.LaEnquiries;
import org.rejoin.rolls.NewDeletion;
import org.rejoin.rolls.NewJoiner;
import org.rejoin.rolls.RollReturn;
import org.rejoin.rolls.RollReturns;
import org.rejoin.rolls.RollSnapshots;
import org.rejoin.rolls.Snapshot;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * New-pupil and deletion returns through the API, as a school's MIS sends them. A school's token
 * sends for its own establishment (establishmentId may be left out); LA staff name it.
 */
@RestController
@RequestMapping("/api/v1/rolls")
@Tag(name = "Rolls", description = "New-pupil and deletion returns (Pupil Registration Regulations 2024), Common Transfer Files")
@SecurityRequirement(name = "bearer")
@LaOrEstablishmentStaff
class RollsApiController {

    private final RollReturns returns;
    private final CommonTransferFiles ctfs;
    private final RollSnapshots snapshots;

    RollsApiController(RollReturns returns, CommonTransferFiles ctfs, RollSnapshots snapshots) {
        this.returns = returns;
        this.ctfs = ctfs;
        this.snapshots = snapshots;
    }

    @PostMapping(path = "/establishments/{id}/snapshot", consumes = {"text/csv", MediaType.APPLICATION_XML_VALUE,
            MediaType.TEXT_XML_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Reconcile an establishment's whole roll (CSV with the new-pupil columns, or a CTF from the"
            + " establishment itself): pupils new to the roll, pupils missing from it without a deletion return (referred"
            + " to the CME team), changed details")
    Snapshot snapshot(@PathVariable UUID id, @RequestBody byte[] file, @AuthenticationPrincipal RejoinUser user) {
        return snapshots.reconcile(id, new ByteArrayInputStream(file), user);
    }

    @PostMapping(path = "/snapshot", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Reconcile every roll in the LA from one CSV (the new-pupil columns and establishment_urn; LA staff)")
    LaSnapshot laSnapshot(@RequestBody byte[] file, @AuthenticationPrincipal RejoinUser user) {
        return snapshots.reconcileAll(new ByteArrayInputStream(file), user);
    }

    @PostMapping("/joiners")
    @Operation(summary = "A new-pupil return: the child is matched against the register (never duplicated) and registered;"
            + " a return after the fifth day after the name was entered is flagged late (reg 13(1))")
    ResponseEntity<RollReturn> joiner(@RequestBody NewJoiner joiner, @AuthenticationPrincipal RejoinUser user) {
        var saved = returns.joiner(joiner, user);
        return ResponseEntity.created(URI.create("/api/v1/rolls/returns/" + saved.id())).body(saved);
    }

    @PostMapping("/deletions")
    @Operation(summary = "A deletion return with its reg 9(1) ground: (f) needs the parent's notice, (o) a finished review;"
            + " (h) the leave dates and (i) an absence of 20 school days, checked against the marks Rejoin holds, and the"
            + " school's enquiries. Without the LA's part of the joint enquiries (laEnquiries, LA staff only) an (h) or (i)"
            + " deletion is PENDING_LA and the pupil stays on the roll; an unknown destination, (h) or (i) refers the child"
            + " to the CME team")
    ResponseEntity<RollReturn> deletion(@RequestBody NewDeletion deletion, @AuthenticationPrincipal RejoinUser user) {
        var saved = returns.deletion(deletion, user);
        return ResponseEntity.created(URI.create("/api/v1/rolls/deletions/" + saved.id())).body(saved);
    }

    @GetMapping("/deletions/{id}")
    @Operation(summary = "A deletion return whole: its status, what the register showed of the absence it rests on, and"
            + " both parts of the joint enquiries")
    DeletionRecord deletionRecord(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user) {
        return returns.deletionRecord(id, user);
    }

    @PostMapping("/deletions/{id}/la-enquiries")
    @Operation(summary = "The LA's part of the joint enquiries on a deletion pending the LA (LA staff): NOT_LOCATED deletes"
            + " the name (on the school's date, or the end of the LA's enquiries if later); LOCATED does not accept it")
    RollReturn laEnquiries(@PathVariable UUID id, @RequestBody LaEnquiries enquiries,
            @AuthenticationPrincipal RejoinUser user) {
        return returns.recordLaEnquiries(id, enquiries, user);
    }

    @PostMapping(path = "/ctf", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE,
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Import a Common Transfer File (version 24 or 25; LA staff). Each pupil is matched against the"
            + " register, never duplicated; a file with any problem is refused with each element's path, and nothing is written")
    ResponseEntity<CtfImport> importCtf(@RequestBody byte[] file, @RequestParam(required = false) String fileName,
            @AuthenticationPrincipal RejoinUser user) {
        var imported = ctfs.importFile(new ByteArrayInputStream(file), fileName, user);
        return ResponseEntity.status(HttpStatus.CREATED).body(imported);
    }

    @PostMapping("/ctf/export")
    @Operation(summary = "Export a Common Transfer File of an establishment's pupils (LLLEEEE_CTF_LLLEEEE_nnn.XML); a lost"
            + " pupil (XXX/XXXX) or a move abroad (MMM/MMMM) is one pupil per file, several in a ZIP")
    ResponseEntity<byte[]> exportCtf(@RequestBody CtfRequest request, @AuthenticationPrincipal RejoinUser user) {
        var export = ctfs.export(request, user);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(export.fileName())
                        .build().toString())
                .header("Rejoin-Late-Pupils", Integer.toString(export.late()))
                .header("Rejoin-Lateness-Unknown-Pupils", Integer.toString(export.lateUnknown()))
                .contentType(MediaType.parseMediaType(export.contentType()))
                .body(export.content());
    }

    @GetMapping("/establishments/{id}/ctf")
    @Operation(summary = "The Common Transfer Files an establishment has sent, newest first")
    List<CtfExport.Sent> sentCtfs(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user) {
        return ctfs.sent(id, user);
    }

    @GetMapping("/establishments/{id}/ctf/awaiting")
    @Operation(summary = "Leavers whose Common Transfer File has not gone yet, with the day it is due (15 school days)")
    List<CtfExport.Due> awaitingCtfs(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user) {
        return ctfs.awaiting(id, user);
    }

    @GetMapping("/establishments/{id}/returns")
    @Operation(summary = "An establishment's returns, newest first")
    List<RollReturn> returns(@PathVariable UUID id, @AuthenticationPrincipal RejoinUser user) {
        return returns.forEstablishment(id, user);
    }
}
