package org.rejoin.rolls.internal;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.rejoin.rolls.Ctf;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a Common Transfer File, of the version current for the academic year ({@link CtfRules#versionFor}), in
 * the specification's element order (docs/rules/rolls.md).
 * What {@link CtfReader} reads back from it is what was written.
 */
final class CtfWriter {

    private CtfWriter() {
    }

    static byte[] write(Ctf.File file) {
        Document doc;
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            doc = factory.newDocumentBuilder().newDocument();
        }
        catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        var root = doc.createElement("CTfile");
        doc.appendChild(root);
        var h = file.header();
        var header = add(root, "Header");
        text(header, "DocumentName", "Common Transfer File");
        text(header, "CTFversion", h.version());
        text(header, "DateTime", h.createdAt().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        text(header, "DocumentQualifier", "full");
        text(header, "SupplierID", "Rejoin");
        var source = add(header, "SourceSchool");
        text(source, "LEA", h.source().la());
        text(source, "Estab", h.source().estab());
        text(source, "URN", h.source().urn());
        text(source, "SchoolName", h.source().name());
        text(source, "AcademicYear", h.academicYear());
        var dest = add(header, "DestSchool");
        text(dest, "LEA", h.destination().la());
        text(dest, "Estab", h.destination().estab());
        var data = add(root, "CTFpupilData");
        for (var p : file.pupils()) {
            pupil(add(data, "Pupil"), p);
        }
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            doc.setXmlStandalone(true);
            var out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        }
        catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pupil(Element e, Ctf.Pupil p) {
        text(e, "UPN", p.upn());
        // The default ULN is not the learner's: a file carries only a ULN the Learning Records Service issued.
        text(e, "UniqueLearnerNumber", org.rejoin.children.Uln.isTemporary(p.uln()) ? null : p.uln());
        text(e, "Surname", p.surname());
        text(e, "Forename", p.forename());
        text(e, "DOB", p.dateOfBirth());
        text(e, "Sex", p.sex() == null ? null : CtfCodes.sexCode(p.sex()));
        optional(e, "BasicDetails", b -> {
            text(b, "FormerUPN", p.formerUpn());
            text(b, "PreferredSurname", p.preferredSurname());
            text(b, "FormerSurname", p.formerSurname());
            text(b, "PreferredForename", p.preferredForename());
            text(b, "MiddleNames", p.middleNames());
            text(b, "NCyearActual", p.ncYear());
            if (p.inCare() != null) {
                var care = add(b, "InCare");
                text(care, "Current", p.inCare());
                text(care, "CareAuthority", p.careAuthority());
            }
        });
        optional(e, "SENhistory", h -> p.sen().forEach(s -> sen(h, s)));
        if (p.address() != null) {
            address(e, p.address());
        }
        optional(e, "Contacts", cs -> {
            for (int i = 0; i < p.contacts().size(); i++) {
                contact(add(cs, "Contact"), i + 1, p.contacts().get(i));
            }
        });
        optional(e, "Attendance", a -> p.attendance().forEach(y -> attendance(add(a, "YearData"), y)));
        optional(e, "SchoolHistory", h -> p.history().forEach(s -> {
            var school = add(h, "School");
            text(school, "LEA", s.la());
            text(school, "Estab", s.estab());
            text(school, "SchoolName", s.schoolName());
            text(school, "EntryDate", s.entryDate());
            text(school, "LeavingDate", s.leavingDate());
            text(school, "LeavingReason", s.leavingReason());
        }));
    }

    private static void attendance(Element year, Ctf.AttendanceYear y) {
        text(year, "Year", y.year());
        text(year, "LEA", y.la());
        text(year, "Estab", y.estab());
        text(year, "SchoolName", y.schoolName());
        text(year, "SessionsPossible", y.possible());
        text(year, "SessionsAuthorised", y.authorised());
        text(year, "SessionsAttended", y.attended());
        text(year, "SessionsUnauthorised", y.unauthorised());
        text(year, "AttendanceMarks", y.marks());
        text(year, "AttendanceStartDate", y.marksFrom());
    }

    private static void sen(Element history, Ctf.Sen s) {
        var sen = add(history, "SEN");
        text(sen, "StartDate", s.startsOn());
        text(sen, "SENprovision", s.provision());
        optional(sen, "SENneeds", needs -> {
            for (int i = 0; i < s.needs().size(); i++) {
                var need = add(needs, "SENneed");
                text(need, "SENtype", s.needs().get(i));
                text(need, "SENrank", i + 1);
            }
        });
    }

    private static void address(Element pupil, Ctf.Address address) {
        var a = add(pupil, "Address");
        var given = new ArrayList<String>();
        given.add(address.line1());
        if (address.line2() != null) {
            given.add(address.line2());
        }
        if (address.town() != null) {
            given.add(address.town());
        }
        lines(add(a, "AddressLines"), given);
        text(a, "PostCode", address.postcode());
    }

    private static void contact(Element contact, int order, Ctf.Contact c) {
        text(contact, "Order", order);
        text(contact, "Title", c.title());
        text(contact, "Surname", c.surname());
        text(contact, "Forename", c.forename());
        text(contact, "Relationship", CtfCodes.relationshipCode(c.relationship()));
        text(contact, "Responsibility", c.parentalResponsibility());
        if (c.address() == null) {
            text(contact, "AddressAsPupil", true);
        }
        else {
            lines(add(add(contact, "Address"), "AddressLines"), List.of(c.address().split(", ")));
        }
        if (c.telephone() != null) {
            var phone = add(add(contact, "Phones"), "Phone");
            text(phone, "PhoneNo", c.telephone());
        }
        text(contact, "Email", c.email());
    }

    /** Up to five address lines; anything beyond the fifth joins it. */
    private static void lines(Element lines, List<String> given) {
        for (int i = 0; i < given.size() && i < 5; i++) {
            String line = i == 4 ? String.join(", ", given.subList(4, given.size())) : given.get(i);
            text(lines, "AddressLine" + (i + 1), line);
        }
    }

    /** A container written only when something goes in it. */
    private static void optional(Element parent, String name, Consumer<Element> fill) {
        var e = add(parent, name);
        fill.accept(e);
        if (!e.hasChildNodes()) {
            parent.removeChild(e);
        }
    }

    private static Element add(Element parent, String name) {
        var e = parent.getOwnerDocument().createElement(name);
        parent.appendChild(e);
        return e;
    }

    private static void text(Element parent, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            add(parent, name).setTextContent(value.toString());
        }
    }
}
