package org.rejoin.children.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rejoin.children.CharacteristicType;
import org.rejoin.children.ChildDetails;
import org.rejoin.children.ChildRecord;
import org.rejoin.children.Sex;
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
        var names = new ArrayList<ChildDetails.FormerName>();
        for (int i = 0; i < formerNames.size(); i++) {
            var r = formerNames.get(i);
            if (r.isKept()) {
                rowOfItem.put("formerNames[" + names.size() + "]", "formerNames[" + i + "]");
                names.add(new ChildDetails.FormerName(r.forename, r.surname, null));
            }
        }
        var addressList = new ArrayList<ChildDetails.Address>();
        for (int i = 0; i < addresses.size(); i++) {
            var a = addresses.get(i);
            if (a.isKept()) {
                String field = "addresses[" + i + "]";
                rowOfItem.put("addresses[" + addressList.size() + "]", field);
                addressList.add(new ChildDetails.Address(a.line1, a.line2, a.town, a.postcode,
                        a.startsOn.parse(field + ".startsOn", "Date moved in", false, errors),
                        a.endsOn.parse(field + ".endsOn", "Date moved out", false, errors)));
            }
        }
        var carerList = new ArrayList<ChildDetails.Carer>();
        for (int i = 0; i < carers.size(); i++) {
            var c = carers.get(i);
            if (c.isKept()) {
                rowOfItem.put("carers[" + carerList.size() + "]", "carers[" + i + "]");
                carerList.add(new ChildDetails.Carer(c.name, c.relationship, c.parentalResponsibility, c.telephone,
                        c.email, c.address));
            }
        }
        var characteristicList = new ArrayList<ChildDetails.Characteristic>();
        for (int i = 0; i < characteristics.size(); i++) {
            var c = characteristics.get(i);
            if (c.isKept()) {
                String field = "characteristics[" + i + "]";
                rowOfItem.put("characteristics[" + characteristicList.size() + "]", field);
                CharacteristicType type = null;
                try {
                    type = c.type == null || c.type.isBlank() ? null : CharacteristicType.valueOf(c.type);
                }
                catch (IllegalArgumentException e) {
                    errors.add(new FieldError(field + ".type", "Select a characteristic from the list"));
                }
                characteristicList.add(new ChildDetails.Characteristic(type, c.detail,
                        c.startsOn.parse(field + ".startsOn", "Start date", false, errors),
                        c.endsOn.parse(field + ".endsOn", "End date", false, errors)));
            }
        }
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

    static boolean allBlank(String... values) {
        return Arrays.stream(values).allMatch(v -> v == null || v.isBlank());
    }

    /** A row of a list on the form: left blank it is ignored, ticked "remove" it is dropped. */
    public abstract static class Row {
        private boolean remove;

        abstract boolean isBlank();

        boolean isKept() {
            return !isBlank() && !remove;
        }

        public boolean isRemove() { return remove; }
        public void setRemove(boolean remove) { this.remove = remove; }
    }

    public static class FormerNameRow extends Row {
        private String forename;
        private String surname;

        public FormerNameRow() {
        }

        FormerNameRow(String forename, String surname) {
            this.forename = forename;
            this.surname = surname;
        }

        boolean isBlank() {
            return allBlank(forename, surname);
        }

        public String getForename() { return forename; }
        public void setForename(String forename) { this.forename = forename; }
        public String getSurname() { return surname; }
        public void setSurname(String surname) { this.surname = surname; }
    }

    public static class AddressRow extends Row {
        private String line1;
        private String line2;
        private String town;
        private String postcode;
        private DateField startsOn = new DateField();
        private DateField endsOn = new DateField();

        static AddressRow of(ChildDetails.Address a) {
            var row = new AddressRow();
            row.line1 = a.line1();
            row.line2 = a.line2();
            row.town = a.town();
            row.postcode = a.postcode();
            row.startsOn = DateField.of(a.startsOn());
            row.endsOn = DateField.of(a.endsOn());
            return row;
        }

        boolean isBlank() {
            return allBlank(line1, line2, town, postcode) && startsOn.isBlank() && endsOn.isBlank();
        }

        public String getLine1() { return line1; }
        public void setLine1(String line1) { this.line1 = line1; }
        public String getLine2() { return line2; }
        public void setLine2(String line2) { this.line2 = line2; }
        public String getTown() { return town; }
        public void setTown(String town) { this.town = town; }
        public String getPostcode() { return postcode; }
        public void setPostcode(String postcode) { this.postcode = postcode; }
        public DateField getStartsOn() { return startsOn; }
        public void setStartsOn(DateField v) { this.startsOn = v; }
        public DateField getEndsOn() { return endsOn; }
        public void setEndsOn(DateField v) { this.endsOn = v; }
    }

    public static class CarerRow extends Row {
        private String name;
        private String relationship;
        private boolean parentalResponsibility;
        private String telephone;
        private String email;
        private String address;

        static CarerRow of(ChildDetails.Carer c) {
            var row = new CarerRow();
            row.name = c.name();
            row.relationship = c.relationship();
            row.parentalResponsibility = c.parentalResponsibility();
            row.telephone = c.telephone();
            row.email = c.email();
            row.address = c.address();
            return row;
        }

        boolean isBlank() {
            return allBlank(name, relationship, telephone, email, address);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getRelationship() { return relationship; }
        public void setRelationship(String relationship) { this.relationship = relationship; }
        public boolean isParentalResponsibility() { return parentalResponsibility; }
        public void setParentalResponsibility(boolean v) { this.parentalResponsibility = v; }
        public String getTelephone() { return telephone; }
        public void setTelephone(String telephone) { this.telephone = telephone; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getAddress() { return address; }
        public void setAddress(String address) { this.address = address; }
    }

    public static class CharacteristicRow extends Row {
        private String type;
        private String detail;
        private DateField startsOn = new DateField();
        private DateField endsOn = new DateField();

        static CharacteristicRow of(ChildDetails.Characteristic c) {
            var row = new CharacteristicRow();
            row.type = c.type() == null ? null : c.type().name();
            row.detail = c.detail();
            row.startsOn = DateField.of(c.startsOn());
            row.endsOn = DateField.of(c.endsOn());
            return row;
        }

        boolean isBlank() {
            return allBlank(type, detail) && startsOn.isBlank() && endsOn.isBlank();
        }

        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public String getDetail() { return detail; }
        public void setDetail(String detail) { this.detail = detail; }
        public DateField getStartsOn() { return startsOn; }
        public void setStartsOn(DateField v) { this.startsOn = v; }
        public DateField getEndsOn() { return endsOn; }
        public void setEndsOn(DateField v) { this.endsOn = v; }
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
