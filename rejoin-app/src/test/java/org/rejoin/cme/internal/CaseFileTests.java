package org.rejoin.cme.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoin.Problems.fields;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rejoin.cme.CaseDetails;
import org.rejoin.cme.CaseKind;
import org.rejoin.cme.CaseStatus;
import org.rejoin.cme.ClosureOutcome;
import org.rejoin.cme.Enquiry;
import org.rejoin.cme.EnquiryCheck;
import org.rejoin.cme.EnquiryOutcome;
import org.rejoin.cme.Milestone;
import org.rejoin.cme.NewEnquiry;
import org.rejoin.cme.NewMilestone;
import org.rejoin.cme.NewNote;

/** The case's verbs, without Spring or a database. */
class CaseFileTests {

    static final LocalDate IDENTIFIED = LocalDate.of(2026, 11, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static CaseFile file(Milestone... steps) {
        return new CaseFile(TestCases.of(CaseKind.MISSING_EDUCATION, IDENTIFIED, steps));
    }

    static NewMilestone step(Milestone m, LocalDate on) {
        return new NewMilestone(m, on, null, null, null);
    }

    @Test
    void locatingACaseMeetsTheLocateDeadline() {
        var recorded = file().record(new NewMilestone(Milestone.LOCATED, TODAY, "  at an aunt's  ", null, null), TODAY);
        assertThat(recorded.before()).isEqualTo(CaseStatus.NOT_LOCATED);
        assertThat(recorded.after()).isEqualTo(CaseStatus.LOCATED);
        assertThat(recorded.meets()).containsExactly(CaseDeadline.LOCATE);
        assertThat(recorded.position()).isEqualTo(1);
        assertThat(recorded.milestone().details()).isEqualTo("at an aunt's");
        assertThat(recorded.because()).isEqualTo("located on 20 November 2026");
    }

    @Test
    void stepsAreTakenInOrder() {
        assertThat(fields(() -> file().record(step(Milestone.PROVISION_IDENTIFIED, TODAY), TODAY)))
                .containsExactly("milestone");
        assertThat(fields(() -> file(Milestone.LOCATED).record(step(Milestone.IDENTIFIED, TODAY), TODAY)))
                .containsExactly("milestone");
        assertThat(fields(() -> file().record(step(null, TODAY), TODAY))).containsExactly("milestone");
    }

    @Test
    void aStepIsRecordedOnlyOnceItHasHappenedAndNotBeforeTheLastOne() {
        assertThat(fields(() -> file().record(step(Milestone.LOCATED, TODAY.plusDays(1)), TODAY)))
                .containsExactly("occurredOn");
        assertThat(fields(() -> file().record(step(Milestone.LOCATED, IDENTIFIED.minusDays(1)), TODAY)))
                .containsExactly("occurredOn");
        assertThat(fields(() -> file().record(step(Milestone.LOCATED, null), TODAY))).containsExactly("occurredOn");
    }

    @Test
    void closingNeedsAnOutcomeAndWhatThatOutcomeNeeds() {
        assertThat(fields(() -> file().record(step(Milestone.CLOSED, TODAY), TODAY))).containsExactly("outcome");
        assertThat(fields(() -> file().record(new NewMilestone(Milestone.CLOSED, TODAY, null, ClosureOutcome.IN_SCHOOL,
                null), TODAY))).containsExactly("outcome");
        assertThat(fields(() -> file().record(new NewMilestone(Milestone.CLOSED, TODAY, null,
                ClosureOutcome.MOVED_TO_OTHER_LA, " "), TODAY))).containsExactly("destination");
        assertThat(fields(() -> file().record(new NewMilestone(Milestone.LOCATED, TODAY, null, ClosureOutcome.DECEASED,
                null), TODAY))).containsExactly("outcome");
    }

    @Test
    void enteringProvisionNamesWhereAndMeetsEveryPlacementDeadline() {
        var ready = file(Milestone.LOCATED, Milestone.NEEDS_DETERMINED, Milestone.PROVISION_IDENTIFIED);
        assertThat(fields(() -> ready.record(step(Milestone.PROVISION_ACCESSED, TODAY), TODAY)))
                .containsExactly("destination");
        var recorded = ready.record(new NewMilestone(Milestone.PROVISION_ACCESSED, TODAY, null, null, "Abbey Primary"),
                TODAY);
        assertThat(recorded.meets()).containsExactly(CaseDeadline.PROVISION_DETERMINED, CaseDeadline.IN_PROVISION,
                CaseDeadline.MISSING_THRESHOLD, CaseDeadline.LOOKED_AFTER_PLACEMENT, CaseDeadline.JOINED_ROLL);
    }

    @Test
    void closingMeetsEveryDeadlineAndReopeningStartsThemAgain() {
        var closed = file().record(new NewMilestone(Milestone.CLOSED, TODAY, null, ClosureOutcome.LOCATED_ABROAD, null),
                TODAY);
        assertThat(closed.meets()).containsExactlyElementsOf(CaseDeadline.all());
        assertThat(closed.because()).isEqualTo("Case closed: located abroad");
        var reopened = file(Milestone.CLOSED).record(step(Milestone.REOPENED, TODAY), TODAY);
        assertThat(reopened.restartsDeadlines()).isTrue();
        assertThat(reopened.after()).isEqualTo(CaseStatus.LOCATED);
    }

    @Test
    void changedDetailsSayWhatChangedAndWhatFollows() {
        UUID worker = UUID.randomUUID();
        var changed = file().change(new CaseDetails(worker, " needs ", null, "Abbey Primary School",
                IDENTIFIED.minusDays(10), true), TODAY, w -> true);
        assertThat(changed.changes()).extracting(c -> c.field())
                .containsExactly("keyWorker", "needsSummary", "lookedAfterEmergency");
        assertThat(changed.details().needsSummary()).isEqualTo("needs");
        assertThat(changed.newKeyWorker()).isTrue();
        assertThat(changed.lookedAfterPlacementDue()).isTrue();
    }

    @Test
    void aKeyWorkerIsOneOfTheLocalAuthoritysStaffAndALastPlacementIsInThePast() {
        assertThat(fields(() -> file().change(new CaseDetails(UUID.randomUUID(), null, null, null, TODAY.plusDays(1),
                false), TODAY, w -> false))).containsExactly("lastKnownPlacementOn", "keyWorker");
    }

    @Test
    void aClosedCaseStartsNoLookedAfterPlacementDeadline() {
        var c = new CaseFile(TestCases.of(CaseKind.MISSING_EDUCATION, IDENTIFIED, Milestone.CLOSED));
        assertThat(c.change(new CaseDetails(null, null, null, "Abbey Primary School", IDENTIFIED.minusDays(10), true),
                TODAY, w -> true).lookedAfterPlacementDue()).isFalse();
    }

    @Test
    void aNoteThatNamesAMethodIsAContactAndMustSayWithWhom() {
        assertThat(file().note(new NewNote(TODAY, null, null, " Rang school "), TODAY).kind()).isEqualTo("NOTE");
        assertThat(file().note(new NewNote(TODAY, "Mother", "Phone", "Rang"), TODAY).kind()).isEqualTo("CONTACT");
        assertThat(fields(() -> file().note(new NewNote(TODAY.plusDays(1), null, "Phone", " "), TODAY)))
                .containsExactly("text", "occurredOn", "contactWith");
    }

    @Test
    void anOtherEnquirySaysWhatItWasAndTheChecklistListsWhatIsLeft() {
        assertThat(fields(() -> file().enquiry(new NewEnquiry(EnquiryCheck.OTHER, TODAY, EnquiryOutcome.NOT_FOUND, ""),
                TODAY))).containsExactly("notes");
        var made = new Enquiry(UUID.randomUUID(), EnquiryCheck.HOME_VISIT, TODAY, EnquiryOutcome.NOT_FOUND, null, null,
                null);
        assertThat(CaseFile.outstanding(List.of(made))).doesNotContain(EnquiryCheck.HOME_VISIT, EnquiryCheck.OTHER)
                .first().isEqualTo(EnquiryCheck.FAMILY_OR_NEIGHBOURS);
    }

    @Test
    void aDocumentIsCheckedByItsContent() {
        assertThat(fields(() -> file().document("a.pdf", new byte[0], null))).containsExactly("document");
        assertThat(fields(() -> file().document("a.pdf", new byte[] {0x4D, 0x5A}, null))).containsExactly("document");
        var pdf = file().document("..\\letters/a.pdf", "%PDF-1.4".getBytes(), " letter ");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.filename()).isEqualTo(".._letters_a.pdf");
        assertThat(pdf.description()).isEqualTo("letter");
    }
}
