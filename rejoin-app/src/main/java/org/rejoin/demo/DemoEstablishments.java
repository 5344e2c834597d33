package org.rejoin.demo;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The demo LA's establishments, written as the GIAS "establishment fields" CSV the real import reads. */
final class DemoEstablishments {

    static final String LA_CODE = "999";
    static final String LA_NAME = "Kingsbridge Borough Council";
    static final String NEIGHBOUR_LA_CODE = "998";
    static final String NEIGHBOUR_LA_NAME = "Eastmoor County Council";

    /** One establishment: GIAS codes as published. */
    record School(int urn, String laCode, String number, String name, int typeCode, String typeName, int phaseCode,
            String phaseName, int statusCode, int lowAge, int highAge, String street, String postcode) {

        boolean primary() {
            return lowAge <= 5 && highAge <= 11;
        }

        boolean secondary() {
            return lowAge >= 11 && highAge >= 16;
        }

        boolean open() {
            return statusCode == 1 || statusCode == 3;
        }

        boolean inLa() {
            return laCode.equals(LA_CODE);
        }
    }

    private static final String[] PLACES = {"Abbey", "Ashfield", "Beechwood", "Brookside", "Castle Hill", "Cedar Park",
            "Church Lane", "Coldharbour", "Daisy Bank", "Elmhurst", "Fairfield", "Fernhill", "Greenacres", "Hawthorn",
            "Highfield", "Hillside", "Holly Grove", "Kingsmead", "Lakeside", "Larkrise", "Meadowbank", "Millbrook",
            "Moorlands", "Northgate", "Oakwood", "Orchard", "Parkside", "Priory", "Queensway", "Redbrook", "Riverside",
            "Rosewood", "St Anne's", "St Mary's", "St Thérèse's", "Southfield", "Springwell", "Stonebridge", "Sunnyhill",
            "Thornbury", "Valley", "Westfield", "Willowdene", "Woodlands"};

    private DemoEstablishments() {
    }

    /** Districts of Kingsbridge that name the schools a larger demo LA adds, after the places above. */
    private static final String[] DISTRICTS = {"Park", "Village", "Green", "Road", "Lane", "Hill", "Vale", "Fields",
            "Common", "Meadows", "Heath"};

    /** About as many pupils as an English primary and secondary school have (DfE, Schools, pupils and their characteristics). */
    static final int PRIMARY_ROLL = 400;
    static final int SECONDARY_ROLL = 1100;

    /** The demo establishments for the usual demo LA of 30,000 children (its 44 primaries and 12 secondaries). */
    static List<School> all() {
        return all(30_000);
    }

    /**
     * The demo establishments for an LA of this many children: the usual ones, and for a larger LA as many more
     * primary and secondary schools as keep their rolls the size of England's (a 250,000-child LA has about 360
     * primaries and 90 secondaries, not 44 schools of 3,500 pupils). The added schools come last, so every URN
     * of the usual demo stays the same.
     */
    static List<School> all(int children) {
        var schools = usual();
        int urn = schools.get(schools.size() - 1).urn() + 1;
        int primaries = (int) Math.ceil(children * 7.0 / 12 / PRIMARY_ROLL) - PLACES.length;
        for (int i = 0; i < primaries; i++) {
            String place = PLACES[i % PLACES.length] + " " + DISTRICTS[i / PLACES.length % DISTRICTS.length];
            int type = i % 2 == 0 ? 1 : 34;
            schools.add(new School(urn++, LA_CODE, String.valueOf(3001 + i), place + " Primary School", type,
                    typeName(type), 2, "Primary", 1, 4, 11, (i + 1) + " School Road", postcode(100 + i)));
        }
        int secondaries = (int) Math.ceil(children * 5.0 / 12 / SECONDARY_ROLL)
                - (int) usual().stream().filter(s -> s.phaseCode() == 4 && s.inLa() && s.typeCode() != 14
                        && s.typeCode() != 38 && s.typeCode() != 42).count();
        for (int i = 0; i < secondaries; i++) {
            String place = PLACES[(i * 7 + 3) % PLACES.length] + " " + DISTRICTS[i / PLACES.length % DISTRICTS.length];
            int type = i % 2 == 0 ? 28 : 34;
            schools.add(new School(urn++, LA_CODE, String.valueOf(5001 + i), place + " Academy", type, typeName(type), 4,
                    "Secondary", 1, 11, 16, (i + 1) + " Academy Way", postcode(600 + i)));
        }
        return schools;
    }

    private static List<School> usual() {
        var schools = new ArrayList<School>();
        int urn = 990001;
        int number = 2001;
        for (int i = 0; i < PLACES.length; i++) {
            int[] type = i % 5 == 0 ? new int[] {1} : i % 5 == 1 ? new int[] {2} : i % 5 == 2 ? new int[] {34} : i % 5 == 3 ? new int[] {28} : new int[] {34};
            String suffix = PLACES[i].startsWith("St ") ? " Catholic Primary School" : " Primary School";
            schools.add(new School(urn++, LA_CODE, String.valueOf(number++), PLACES[i] + suffix, type[0],
                    typeName(type[0]), 2, "Primary", 1, 4, 11, (i + 3) + " School Lane", postcode(i)));
        }
        number = 4001;
        String[] secondaries = {"Kingsbridge Academy", "Northgate High School", "Riverside Community College",
                "St Edmund's Catholic High School", "Westfield School", "Oakwood Academy", "Moorlands High School",
                "Priory School", "Valley Park Academy", "Stonebridge College"};
        for (int i = 0; i < secondaries.length; i++) {
            int type = i % 3 == 0 ? 28 : i % 3 == 1 ? 34 : 5;
            schools.add(new School(urn++, LA_CODE, String.valueOf(number++), secondaries[i], type, typeName(type), 4,
                    "Secondary", 1, 11, 16, (i + 1) + " College Road", postcode(i + 50)));
        }
        number = 7001;
        schools.add(special(urn++, number++, "Brambles Special School", 7, 4, 11, 60));
        schools.add(special(urn++, number++, "Kestrel Special School", 7, 11, 16, 61));
        schools.add(special(urn++, number++, "Horizons Academy", 44, 4, 16, 62));
        schools.add(special(urn++, number++, "Larkspur Special Academy", 44, 11, 16, 63));
        schools.add(new School(urn++, LA_CODE, "1101", "Kingsbridge Pupil Referral Unit", 14, typeName(14), 4,
                "Secondary", 1, 11, 16, "The Old Library, Market Street", postcode(70)));
        schools.add(new School(urn++, LA_CODE, "1102", "Compass Alternative Provision Academy", 42, typeName(42), 4,
                "Secondary", 1, 11, 16, "Unit 4, Riverside Park", postcode(71)));
        schools.add(new School(urn++, LA_CODE, "1103", "Bridges Free School", 38, typeName(38), 4, "Secondary", 1, 11,
                16, "Bridge House, Canal Street", postcode(72)));
        schools.add(new School(urn++, LA_CODE, "6001", "Kingsbridge Grammar (Independent)", 10, typeName(10), 7,
                "All-through", 1, 4, 16, "Manor Drive", postcode(73)));
        schools.add(new School(urn++, LA_CODE, "2999", "Old Town Infant School", 1, typeName(1), 2, "Primary", 2, 4, 7,
                "Old Town Road", postcode(74)));
        schools.add(new School(urn++, LA_CODE, "2998", "Kingsbridge Garden Village Primary", 35, typeName(35), 2,
                "Primary", 4, 4, 11, "Garden Village Way", postcode(75)));
        number = 2001;
        for (String place : new String[] {"Eastmoor Village", "Harrowfield", "Little Stoke", "Marsh End"}) {
            schools.add(new School(urn++, NEIGHBOUR_LA_CODE, String.valueOf(number++), place + " Primary School", 1,
                    typeName(1), 2, "Primary", 1, 4, 11, "High Street", "EM" + (number % 9 + 1) + " 2AB"));
        }
        schools.add(new School(urn++, NEIGHBOUR_LA_CODE, "4001", "Eastmoor High School", 28, typeName(28), 4,
                "Secondary", 1, 11, 16, "Station Road", "EM1 5QT"));
        return schools;
    }

    private static School special(int urn, int number, String name, int type, int low, int high, int place) {
        return new School(urn, LA_CODE, String.valueOf(number), name, type, typeName(type), 0, "Not applicable", 1, low,
                high, "Special Way", postcode(place));
    }

    /** The i-th Kingsbridge postcode: distinct for i below {@link #POSTCODES}. */
    static String postcode(int i) {
        String letters = "ABDEFGHJLNPQRSTUWXYZ";
        int unit = i / 120 % 400;
        return "KB" + (i % 12 + 1) + " " + (i / 12 % 10) + letters.charAt(unit / 20) + letters.charAt(unit % 20);
    }

    static final int POSTCODES = 12 * 10 * 400;

    static String typeName(int code) {
        return switch (code) {
            case 1 -> "Community school";
            case 2 -> "Voluntary aided school";
            case 5 -> "Foundation school";
            case 7 -> "Community special school";
            case 10 -> "Other independent school";
            case 14 -> "Pupil referral unit";
            case 28 -> "Academy sponsor led";
            case 34 -> "Academy converter";
            case 35 -> "Free schools";
            case 38 -> "Free schools alternative provision";
            case 42 -> "Academy alternative provision converter";
            case 44 -> "Academy special converter";
            default -> "Other";
        };
    }

    /** The establishments as GIAS publishes them: a Windows-1252 CSV with dates as dd-MM-yyyy. */
    static byte[] giasCsv(List<School> schools) {
        var out = new StringWriter();
        String[] header = {"URN", "LA (code)", "LA (name)", "EstablishmentNumber", "EstablishmentName",
                "TypeOfEstablishment (code)", "TypeOfEstablishment (name)", "EstablishmentStatus (code)",
                "EstablishmentStatus (name)", "OpenDate", "CloseDate", "PhaseOfEducation (code)",
                "PhaseOfEducation (name)", "StatutoryLowAge", "StatutoryHighAge", "Street", "Locality", "Address3",
                "Town", "County (name)", "Postcode"};
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
            for (School s : schools) {
                String status = switch (s.statusCode()) {
                    case 1 -> "Open";
                    case 2 -> "Closed";
                    case 3 -> "Open, but proposed to close";
                    default -> "Proposed to open";
                };
                csv.printRecord(s.urn(), s.laCode(), s.inLa() ? LA_NAME : NEIGHBOUR_LA_NAME, s.number(), s.name(),
                        s.typeCode(), s.typeName(), s.statusCode(), status, "01-09-2005",
                        s.statusCode() == 2 ? "31-08-2023" : "", s.phaseCode(), s.phaseName(), s.lowAge(), s.highAge(),
                        s.street(), "", "", s.inLa() ? "Kingsbridge" : "Eastmoor", "", s.postcode());
            }
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().getBytes(Charset.forName("windows-1252"));
    }
}
