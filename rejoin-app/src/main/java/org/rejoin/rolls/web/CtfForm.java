package org.rejoin.rolls.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.web.Choices;
import org.rejoin.rolls.CtfRequest;

/** The Common Transfer File export form: which pupils, and where the file goes. */
public class CtfForm {

    /** Where a file goes, as the form offers it. */
    enum Kind {
        /** A school in the LA, chosen from a list. */
        SCHOOL,
        /** Any school, by its LA code and establishment number. */
        OTHER,
        /** XXX/XXXX: the Lost Pupils Database. */
        LOST,
        /** MMM/MMMM. */
        ABROAD
    }

    private String destinationKind;
    private List<String> childIds = new ArrayList<>();
    /** Every pupil on the roll today, as a MIS sends a whole-roll file. */
    private boolean wholeRoll;
    private String destinationSchool;
    private String destinationLa;
    private String destinationEstab;

    /**
     * What the form says; what it cannot read is left out and its problem added to {@code errors}.
     *
     * @param roll the pupils on the roll today, for a whole-roll file
     */
    CtfRequest toRequest(UUID establishmentId, List<UUID> roll, List<FieldError> errors) {
        var ids = new ArrayList<UUID>(wholeRoll ? roll : List.of());
        if (wholeRoll && roll.isEmpty()) {
            errors.add(new FieldError("wholeRoll", "There is no pupil on the roll today"));
        }
        for (String id : childIds) {
            try {
                var child = UUID.fromString(id);
                if (!ids.contains(child)) {
                    ids.add(child);
                }
            }
            catch (IllegalArgumentException e) {
                errors.add(new FieldError("childIds", "Select pupils from the list"));
            }
        }
        String la = null;
        String estab = null;
        var kind = Choices.parse(Kind.class, destinationKind);
        if (kind == null) {
            errors.add(new FieldError("destinationKind", "Select where the file goes"));
            return new CtfRequest(establishmentId, ids, null, null);
        }
        switch (kind) {
            case SCHOOL -> {
                if (destinationSchool == null || !destinationSchool.matches("[0-9]{7}")) {
                    errors.add(new FieldError("destinationSchool", "Select the school the file goes to"));
                }
                else {
                    la = destinationSchool.substring(0, 3);
                    estab = destinationSchool.substring(3);
                }
            }
            case OTHER -> {
                la = destinationLa;
                estab = destinationEstab;
            }
            case LOST -> {
                la = "XXX";
                estab = "XXXX";
            }
            case ABROAD -> {
                la = "MMM";
                estab = "MMMM";
            }
        }
        return new CtfRequest(establishmentId, ids, la, estab);
    }

    /**
     * The service names the destination as one field; on this form it is the choice, or the typed codes.
     * The pupils are boxes when there are any to list, else the whole-roll choice.
     */
    static java.util.function.UnaryOperator<String> onForm(String kind, boolean pupilsListed) {
        return field -> switch (field) {
            case "destination" -> "OTHER".equals(kind) ? "destinationLa" : "destinationKind";
            case "childIds" -> pupilsListed ? field : "wholeRoll";
            default -> field;
        };
    }

    public boolean isWholeRoll() { return wholeRoll; }
    public void setWholeRoll(boolean wholeRoll) { this.wholeRoll = wholeRoll; }
    public String getDestinationKind() { return destinationKind; }
    public void setDestinationKind(String destinationKind) { this.destinationKind = destinationKind; }
    public List<String> getChildIds() { return childIds; }
    public void setChildIds(List<String> childIds) { this.childIds = childIds; }
    public String getDestinationSchool() { return destinationSchool; }
    public void setDestinationSchool(String destinationSchool) { this.destinationSchool = destinationSchool; }
    public String getDestinationLa() { return destinationLa; }
    public void setDestinationLa(String destinationLa) { this.destinationLa = destinationLa; }
    public String getDestinationEstab() { return destinationEstab; }
    public void setDestinationEstab(String destinationEstab) { this.destinationEstab = destinationEstab; }
}
