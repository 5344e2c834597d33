package org.rejoin.children.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildRecord;
import org.rejoin.children.Sex;
import org.rejoin.children.web.ChildFormRows.AddressRow;
import org.rejoin.children.web.ChildFormRows.CarerRow;
import org.rejoin.children.web.ChildFormRows.CharacteristicRow;
import org.rejoin.children.web.ChildFormRows.FormerNameRow;
import org.rejoin.children.web.ChildFormRows.Row;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.web.DateField;

/**
 * The child form: every field as typed, so that a wrong date or number is shown back as it was.
 * Lists (former names, addresses, carers, characteristics) have a blank row to add one more;
 * a row left blank is ignored and a ticked "remove" drops it.
 */
public class ChildForm {

    private String legalForename;
    private String middleNames;
    private String legalSurname;
    private String preferredForename;
    private String preferredSurname;
    private DateField dateOfBirth = new DateField();
    private boolean dateOfBirthEstimated;
    private String sex;
    private String upn;
    private String uln;
    private String formerUpns;
    private List<FormerNameRow> formerNames = new ArrayList<>();
    private List<AddressRow> addresses = new ArrayList<>();
    private List<CarerRow> carers = new ArrayList<>();
    private List<CharacteristicRow> characteristics = new ArrayList<>();
    private Long version;
    private boolean confirmedNew;
    /** Where each item of the details came from in the form, e.g. "addresses[0]" to "addresses[2]". */
    private final Map<String, String> rowOfItem = new HashMap<>();

    static ChildForm blank() {
        var form = new ChildForm();
        form.addBlankRows();
        return form;
    }

    static ChildForm of(ChildRecord record) {
        var d = record.details();
        var form = new ChildForm();
        form.legalForename = d.legalForename();
        form.middleNames = d.middleNames();
        form.legalSurname = d.legalSurname();
        form.preferredForename = d.preferredForename();
        form.preferredSurname = d.preferredSurname();
        form.dateOfBirth = DateField.of(d.dateOfBirth());
        form.dateOfBirthEstimated = d.dateOfBirthEstimated();
        form.sex = d.sex() == null ? null : d.sex().name();
        form.upn = d.upn();
        form.uln = d.uln();
        form.formerUpns = String.join(", ", d.formerUpns());
        d.formerNames().forEach(n -> form.formerNames.add(new FormerNameRow(n.forename(), n.surname())));
        d.addresses().forEach(a -> form.addresses.add(AddressRow.of(a)));
        d.carers().forEach(c -> form.carers.add(CarerRow.of(c)));
        d.characteristics().forEach(c -> form.characteristics.add(CharacteristicRow.of(c)));
        form.version = record.version();
        form.addBlankRows();
        return form;
    }

    /** Leaves exactly one blank row at the end of each list, for adding another. */
    void addBlankRows() {
        formerNames.removeIf(FormerNameRow::isBlank);
        addresses.removeIf(AddressRow::isBlank);
        carers.removeIf(CarerRow::isBlank);
        characteristics.removeIf(CharacteristicRow::isBlank);
        formerNames.add(new FormerNameRow());
        addresses.add(new AddressRow());
        carers.add(new CarerRow());
        characteristics.add(new CharacteristicRow());
    }

    /** The details typed, with the errors of dates that are not real dates. */
    ChildDetails toDetails(List<FieldError> errors) {
        LocalDate dob = dateOfBirth.parse("dateOfBirth", "Date of birth", true, errors);
        List<String> former = formerUpns == null || formerUpns.isBlank() ? List.of()
                : Arrays.stream(formerUpns.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        var names = kept(formerNames, "formerNames", (r, field) -> r.toDetail());
        var addressList = kept(addresses, "addresses", (r, field) -> r.toDetail(field, errors));
        var carerList = kept(carers, "carers", (r, field) -> r.toDetail());
        var characteristicList = kept(characteristics, "characteristics", (r, field) -> r.toDetail(field, errors));
        Sex parsedSex = null;
        if (sex != null && !sex.isBlank()) {
            try {
                parsedSex = Sex.valueOf(sex);
            }
            catch (IllegalArgumentException e) {
                errors.add(new FieldError("sex", "Select the child's sex, or 'Not known'"));
            }
        }
        return new ChildDetails(legalForename, middleNames, legalSurname, preferredForename, preferredSurname, dob,
                dateOfBirthEstimated, parsedSex, blankToNull(upn), blankToNull(uln), former, names, addressList,
                carerList, characteristicList);
    }

    /**
     * The rows of a list that are kept, each made into its detail; where each came from is noted, so
     * that a problem with the third address kept names the row it was typed in.
     */
    private <R extends Row, T> List<T> kept(List<R> rows, String list, BiFunction<R, String, T> detail) {
        var kept = new ArrayList<T>();
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            if (r.isKept()) {
                String field = list + "[" + i + "]";
                rowOfItem.put(list + "[" + kept.size() + "]", field);
                kept.add(detail.apply(r, field));
            }
        }
        return kept;
    }

    /** The form's name for a field of the details, such as "addresses[2].postcode" for "addresses[0].postcode". */
    List<FieldError> onFormRows(List<FieldError> errors) {
        return errors.stream().map(e -> {
            int dot = e.field().indexOf(']');
            if (dot < 0) {
                return e;
            }
            String item = e.field().substring(0, dot + 1);
            return new FieldError(rowOfItem.getOrDefault(item, item) + e.field().substring(dot + 1), e.message());
        }).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getLegalForename() { return legalForename; }
    public void setLegalForename(String v) { this.legalForename = v; }
    public String getMiddleNames() { return middleNames; }
    public void setMiddleNames(String v) { this.middleNames = v; }
    public String getLegalSurname() { return legalSurname; }
    public void setLegalSurname(String v) { this.legalSurname = v; }
    public String getPreferredForename() { return preferredForename; }
    public void setPreferredForename(String v) { this.preferredForename = v; }
    public String getPreferredSurname() { return preferredSurname; }
    public void setPreferredSurname(String v) { this.preferredSurname = v; }
    public DateField getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(DateField v) { this.dateOfBirth = v; }
    public boolean isDateOfBirthEstimated() { return dateOfBirthEstimated; }
    public void setDateOfBirthEstimated(boolean v) { this.dateOfBirthEstimated = v; }
    public String getSex() { return sex; }
    public void setSex(String v) { this.sex = v; }
    public String getUpn() { return upn; }
    public void setUpn(String v) { this.upn = v; }
    public String getUln() { return uln; }
    public void setUln(String v) { this.uln = v; }
    public String getFormerUpns() { return formerUpns; }
    public void setFormerUpns(String v) { this.formerUpns = v; }
    public List<FormerNameRow> getFormerNames() { return formerNames; }
    public void setFormerNames(List<FormerNameRow> v) { this.formerNames = v; }
    public List<AddressRow> getAddresses() { return addresses; }
    public void setAddresses(List<AddressRow> v) { this.addresses = v; }
    public List<CarerRow> getCarers() { return carers; }
    public void setCarers(List<CarerRow> v) { this.carers = v; }
    public List<CharacteristicRow> getCharacteristics() { return characteristics; }
    public void setCharacteristics(List<CharacteristicRow> v) { this.characteristics = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { this.version = v; }
    public boolean isConfirmedNew() { return confirmedNew; }
    public void setConfirmedNew(boolean v) { this.confirmedNew = v; }
}
