package org.rejoin.children.web;

import java.util.Arrays;
import java.util.List;

import org.rejoin.children.CharacteristicType;
import org.rejoin.children.ChildDetails;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.platform.web.DateField;

/** The rows of the child form's lists, each as typed and each made into the detail it stands for. */
public final class ChildFormRows {

    private ChildFormRows() {
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

        ChildDetails.FormerName toDetail() {
            return new ChildDetails.FormerName(forename, surname, null);
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

        ChildDetails.Address toDetail(String field, List<FieldError> errors) {
            return new ChildDetails.Address(line1, line2, town, postcode,
                    startsOn.parse(field + ".startsOn", "Date moved in", false, errors),
                    endsOn.parse(field + ".endsOn", "Date moved out", false, errors));
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

        ChildDetails.Carer toDetail() {
            return new ChildDetails.Carer(name, relationship, parentalResponsibility, telephone, email, address);
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

        ChildDetails.Characteristic toDetail(String field, List<FieldError> errors) {
            CharacteristicType parsed = null;
            try {
                parsed = type == null || type.isBlank() ? null : CharacteristicType.valueOf(type);
            }
            catch (IllegalArgumentException e) {
                errors.add(new FieldError(field + ".type", "Select a characteristic from the list"));
            }
            return new ChildDetails.Characteristic(parsed, detail,
                    startsOn.parse(field + ".startsOn", "Start date", false, errors),
                    endsOn.parse(field + ".endsOn", "End date", false, errors));
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
}
