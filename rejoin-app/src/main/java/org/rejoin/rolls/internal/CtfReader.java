package org.rejoin.rolls.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.rejoin.platform.InvalidInputException;
import org.rejoin.platform.InvalidInputException.FieldError;
import org.rejoin.rolls.Ctf;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads a Common Transfer File, version 24 or later (the DfE Common Transfer File specification;
 * docs/rules/rolls.md). The file is checked against the structure in {@code ctf/ctf.xsd} and then
 * against the rules a schema cannot say (the UPN's check letter, Sex or Gender but not both). An
 * element the specification Rejoin reads does not have anywhere (a later version's, or a supplier's
 * own) is passed over with a warning; any other problem refuses the file whole, each problem named by
 * its element's path, e.g. {@code /CTfile/CTFpupilData/Pupil[2]/DOB}, and nothing is read.
 */
public final class CtfReader {

    private static final int MAX_PROBLEMS = 50;
    /** Rounds of passing over elements Rejoin does not use before the file is taken as it stands. */
    private static final int PASSES = 5;
    /** Xerces's property for the DOM element being validated when a problem is reported. */
    private static final String CURRENT_NODE = "http://apache.org/xml/properties/dom/current-element-node";
    private static final Schema SCHEMA = schema();
    /** Every element name the schema declares: an element with any other name is not one Rejoin uses. */
    private static final java.util.Set<String> DECLARED = declared();

    private CtfReader() {
    }

    private static Schema schema() {
        try {
            var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(CtfReader.class.getResource("/ctf/ctf.xsd"));
        }
        catch (SAXException e) {
            throw new IllegalStateException("ctf/ctf.xsd cannot be read", e);
        }
    }

    private static java.util.Set<String> declared() {
        try (var in = CtfReader.class.getResourceAsStream("/ctf/ctf.xsd")) {
            var matcher = java.util.regex.Pattern.compile("<xs:element name=\"([A-Za-z0-9]+)\"")
                    .matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            var names = new java.util.HashSet<String>();
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return java.util.Set.copyOf(names);
        }
        catch (IOException e) {
            throw new IllegalStateException("ctf/ctf.xsd cannot be read", e);
        }
    }

    /** Whether the bytes look like XML rather than CSV: the first non-blank character is '<'. */
    public static boolean isXml(byte[] content) {
        for (byte b : content) {
            if (b == '<') {
                return true;
            }
            if (!Character.isWhitespace(b) && (b & 0xff) != 0xef && (b & 0xff) != 0xbb && (b & 0xff) != 0xbf) {
                return false;
            }
        }
        return false;
    }

    /**
     * Reads a file on {@code today} (a date of birth after it is refused).
     *
     * @throws InvalidInputException naming each problem by its element path; nothing is read
     */
    public static Ctf.File read(InputStream xml, LocalDate today) {
        Document document = parse(xml);
        var root = document.getDocumentElement();
        if (!"CTfile".equals(root.getTagName())) {
            throw new InvalidInputException("/" + root.getTagName(),
                    "This is not a Common Transfer File: its root element is " + root.getTagName() + ", not CTfile");
        }
        var problems = new ArrayList<FieldError>();
        var passedOver = new ArrayList<String>();
        for (int pass = 0; pass < PASSES; pass++) {
            problems.clear();
            var unknown = new ArrayList<Element>();
            validate(document, problems, unknown);
            if (unknown.isEmpty()) {
                break;
            }
            // Not an element of the specification Rejoin reads: pass it over, say so, and check the rest again.
            for (var element : unknown) {
                passedOver.add(path(element) + ": " + element.getTagName() + " is not an element Rejoin reads; passed over");
                element.getParentNode().removeChild(element);
            }
        }
        if (problems.isEmpty()) {
            var file = new CtfReading(problems, today).file(root);
            if (problems.isEmpty()) {
                return new Ctf.File(file.header(), file.pupils(), passedOver);
            }
        }
        throw new InvalidInputException(problems.stream().limit(MAX_PROBLEMS).toList());
    }

    private static Document parse(InputStream xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            // No DOCTYPE, no external entities: a file from outside cannot make Rejoin read anything else.
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(xml);
        }
        catch (SAXParseException e) {
            throw new InvalidInputException("file", "The file is not well-formed XML (line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + "): " + e.getMessage());
        }
        catch (SAXException | IOException e) {
            throw new InvalidInputException("file", "The file cannot be read as XML: " + e.getMessage());
        }
        catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Validates against the schema: problems into {@code problems}, except elements whose name the schema
     * does not declare at all, which go into {@code unknown} to be passed over.
     */
    private static void validate(Document document, List<FieldError> problems, List<Element> unknown) {
        Validator validator = SCHEMA.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                report(e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                report(e);
            }

            private void report(SAXParseException e) {
                String message = plain(e.getMessage());
                // A value that breaks its type is reported twice, by type and by element: keep the first.
                if (e.getMessage().startsWith("cvc-type.3.1.3") || e.getMessage().startsWith("cvc-complex-type.2.2")) {
                    return;
                }
                String path;
                try {
                    var node = (Node) validator.getProperty(CURRENT_NODE);
                    if (node instanceof Element element && isUndeclared(e.getMessage(), element)) {
                        if (!unknown.contains(element)) {
                            unknown.add(element);
                        }
                        return;
                    }
                    path = path(node);
                }
                catch (SAXException unsupported) {
                    path = "line " + e.getLineNumber();
                }
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add(new FieldError(path, message));
                }
            }
        });
        try {
            validator.validate(new DOMSource(document));
        }
        catch (SAXException e) {
            // Already reported through the handler.
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An element out of place whose name the specification Rejoin reads has nowhere. */
    private static boolean isUndeclared(String message, Element element) {
        return (message.startsWith("cvc-complex-type.2.4.a") || message.startsWith("cvc-complex-type.2.4.d"))
                && message.contains("'" + element.getTagName() + "'") && !DECLARED.contains(element.getTagName());
    }

    /** The validator's message in words a data officer reads, without its rule number. */
    static String plain(String message) {
        String m = message.replaceFirst("^cvc-[a-zA-Z0-9.\\-]+: ", "");
        java.util.regex.Matcher x;
        if ((x = java.util.regex.Pattern.compile("Invalid content was found starting with element '([^']+)'\\. One of '\\{(.*)}' is expected\\.")
                .matcher(m)).matches()) {
            return x.group(1) + " is not an element the CTF specification has here; it allows " + x.group(2);
        }
        if ((x = java.util.regex.Pattern.compile("Invalid content was found starting with element '([^']+)'\\. No child element is expected at this point\\.")
                .matcher(m)).matches()) {
            return x.group(1) + " is not an element the CTF specification has here";
        }
        if ((x = java.util.regex.Pattern.compile("The content of element '([^']+)' is not complete\\. One of '\\{(.*)}' is expected\\.")
                .matcher(m)).matches()) {
            return x.group(1) + " is missing an element it must have: one of " + x.group(2);
        }
        if ((x = java.util.regex.Pattern.compile("'(.*)' is not a valid value for '(date|dateTime|gYear|boolean|integer|nonNegativeInteger|positiveInteger)'\\.")
                .matcher(m)).matches()) {
            String form = switch (x.group(2)) {
                case "date" -> "a date, as 2014-02-28";
                case "dateTime" -> "a date and time, as 2026-10-30T14:05:00";
                case "gYear" -> "a year, as 2026";
                case "boolean" -> "true or false";
                default -> "a whole number";
            };
            return "'" + x.group(1) + "' is not " + form;
        }
        if ((x = java.util.regex.Pattern.compile("Value '(.*)' is not facet-valid with respect to enumeration '\\[(.*)]'.*")
                .matcher(m)).matches()) {
            return "'" + x.group(1) + "' is not one of " + x.group(2);
        }
        if ((x = java.util.regex.Pattern.compile("Value '(.*)' is not facet-valid with respect to pattern '(.*)' for type '(.*)'\\.")
                .matcher(m)).matches()) {
            return "'" + x.group(1) + "' is not in the form the specification gives (" + x.group(2) + ")";
        }
        return m;
    }

    /** {@code /CTfile/CTFpupilData/Pupil[2]/DOB}: an index wherever an element has namesakes beside it. */
    static String path(Node node) {
        var parts = new ArrayList<String>();
        for (Node n = node; n instanceof Element e; n = e.getParentNode()) {
            String name = e.getTagName();
            int index = 0;
            int count = 0;
            if (e.getParentNode() instanceof Element parent) {
                for (Node s = parent.getFirstChild(); s != null; s = s.getNextSibling()) {
                    if (s instanceof Element sibling && sibling.getTagName().equals(name)) {
                        count++;
                        if (sibling == e) {
                            index = count;
                        }
                    }
                }
            }
            parts.add(0, count > 1 ? name + "[" + index + "]" : name);
        }
        return "/" + String.join("/", parts);
    }
}
