package org.rejoin.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.rejoin.children.CharacteristicType;
import org.rejoin.children.ChildDetails.Address;
import org.rejoin.children.ChildDetails.Carer;
import org.rejoin.children.ChildDetails.Characteristic;
import org.rejoin.linkage.synthetic.NameTables;

/**
 * A demo child's family and circumstances: the carers with parental responsibility or care of them, and their pupil
 * groups over time. Draws from the population's own random numbers, so the demo stays the same from run to run.
 */
final class DemoFamily {

    private final Random random;
    private final LocalDate today;

    DemoFamily(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    List<Carer> carers(String surname, NameTables.Background background, Address address, boolean lookedAfter) {
        var carers = new ArrayList<Carer>();
        String mother = NameTables.forename(background, true, random) + " " + surname;
        String phone = String.format("07700 900%03d", random.nextInt(1000));
        if (lookedAfter) {
            carers.add(new Carer(NameTables.forename(NameTables.british(), true, random) + " "
                    + NameTables.surnameOf(NameTables.british(), random), "Foster carer", false, phone, null, null));
            carers.add(new Carer(mother, "Mother", true, null, null, "Address withheld"));
            return carers;
        }
        double r = random.nextDouble();
        carers.add(new Carer(mother, "Mother", true, phone, email(mother), null));
        if (r < 0.7) {
            String father = NameTables.forename(background, false, random) + " " + surname;
            carers.add(new Carer(father, "Father", true, String.format("07700 900%03d", random.nextInt(1000)),
                    random.nextBoolean() ? email(father) : null,
                    random.nextDouble() < 0.15 ? (1 + random.nextInt(60)) + " "
                            + DemoPopulation.STREETS[random.nextInt(DemoPopulation.STREETS.length)] + ", Kingsbridge" : null));
        }
        else if (r < 0.78) {
            carers.add(new Carer(NameTables.forename(background, true, random) + " " + surname, "Grandmother", false,
                    String.format("07700 900%03d", random.nextInt(1000)), null, null));
        }
        return carers;
    }

    List<Characteristic> characteristics(NameTables.Background background, boolean lookedAfter, LocalDate dob) {
        var types = EnumSet.noneOf(CharacteristicType.class);
        double sen = random.nextDouble();
        if (sen < 0.048) {
            types.add(CharacteristicType.EHC_PLAN);
        }
        else if (sen < 0.18) {
            types.add(CharacteristicType.SEN_SUPPORT);
        }
        if (!background.name().equals("White British") && random.nextDouble() < 0.55) {
            types.add(CharacteristicType.ENGLISH_ADDITIONAL_LANGUAGE);
        }
        if (lookedAfter) {
            types.add(CharacteristicType.LOOKED_AFTER);
        }
        else if (random.nextDouble() < 0.03) {
            types.add(random.nextDouble() < 0.15 ? CharacteristicType.CHILD_PROTECTION_PLAN : CharacteristicType.CHILD_IN_NEED);
        }
        if (random.nextDouble() < 0.01) {
            types.add(CharacteristicType.YOUNG_CARER);
        }
        if (background.name().startsWith("Gypsy")) {
            types.add(CharacteristicType.GYPSY_ROMA_TRAVELLER);
        }
        if (random.nextDouble() < 0.006) {
            types.add(CharacteristicType.ASYLUM_SEEKER_OR_REFUGEE);
        }
        if (random.nextDouble() < 0.004) {
            types.add(CharacteristicType.MEDICAL_NEEDS);
        }
        // About a quarter of pupils in England are eligible for free school meals (DfE, Schools, pupils and their
        // characteristics 2024/25: 25.7%); more of those in care or known to social care.
        if (random.nextDouble() < (lookedAfter || types.contains(CharacteristicType.CHILD_IN_NEED)
                || types.contains(CharacteristicType.CHILD_PROTECTION_PLAN) ? 0.6 : 0.24)) {
            types.add(CharacteristicType.FREE_SCHOOL_MEALS);
        }
        var list = new ArrayList<Characteristic>();
        for (CharacteristicType type : types) {
            LocalDate start = dob.plusYears(4).plusDays(random.nextInt(Math.max(1,
                    (int) (today.toEpochDay() - dob.plusYears(4).toEpochDay()))));
            String detail = switch (type) {
                case LOOKED_AFTER -> random.nextDouble() < 0.8 ? DemoEstablishments.LA_NAME : DemoEstablishments.NEIGHBOUR_LA_NAME;
                case GYPSY_ROMA_TRAVELLER -> random.nextBoolean() ? "Traveller of Irish heritage" : "Gypsy/Roma";
                case ENGLISH_ADDITIONAL_LANGUAGE -> firstLanguage(background);
                default -> null;
            };
            list.add(new Characteristic(type, detail, start.isAfter(today) ? today : start, null));
        }
        return list;
    }

    private static String firstLanguage(NameTables.Background background) {
        return switch (background.name()) {
            case "Eastern European" -> "Polish";
            case "Pakistani" -> "Urdu";
            case "Indian" -> "Punjabi";
            case "Bangladeshi" -> "Bengali";
            case "Black African" -> "Yoruba";
            case "Chinese" -> "Cantonese";
            case "Arab and Somali" -> "Arabic";
            case "Gypsy, Roma and Traveller" -> "Romani";
            default -> null;
        };
    }


    private static String email(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "@example.com";
    }
}
