package org.rejoin.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Forenames and surnames by background, most common first: drawn with Zipf-like weights so that
 * common names are common and rare ones rare, as in a real school population. The shares of the
 * backgrounds follow England's school census ethnicity figures, rounded.
 */
final class Names {

    /** A background: its share of children and its names. */
    record Background(String name, double share, List<String> girls, List<String> boys, List<String> surnames) {
    }

    static final List<Background> BACKGROUNDS = List.of(
            new Background("White British", 0.62,
                    List.of("Olivia", "Amelia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia", "Grace",
                            "Freya", "Evie", "Florence", "Poppy", "Ella", "Emily", "Charlotte", "Willow", "Elsie", "Daisy",
                            "Sienna", "Harper", "Matilda", "Ruby", "Phoebe", "Evelyn", "Alice", "Millie", "Jessica", "Chloe",
                            "Holly", "Megan", "Lucy", "Ellie", "Hannah", "Katie", "Bethany", "Amy", "Lauren"),
                    List.of("Oliver", "George", "Noah", "Arthur", "Leo", "Oscar", "Harry", "Jack", "Charlie", "Jacob",
                            "Freddie", "Alfie", "Thomas", "Theo", "Henry", "Archie", "William", "James", "Joshua", "Max",
                            "Lucas", "Ethan", "Alexander", "Isaac", "Edward", "Samuel", "Joseph", "Daniel", "Reuben", "Harrison",
                            "Tyler", "Callum", "Liam", "Connor", "Kyle", "Jake", "Ryan", "Lewis", "Dylan", "Riley"),
                    List.of("Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
                            "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
                            "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
                            "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
                            "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
                            "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy",
                            "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh",
                            "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali",
                            "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight",
                            "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey",
                            "Fletcher-Brown", "Smith-Jones", "O'Brien", "O'Connor", "McDonald", "MacLeod", "Ashworth", "Pickering",
                            "Threlfall", "Ormerod", "Sowerby", "Entwistle")),
            new Background("Other White", 0.08,
                    List.of("Zuzanna", "Julia", "Maja", "Zofia", "Hanna", "Lena", "Alicja", "Maria", "Oliwia", "Amelia",
                            "Ioana", "Andreea", "Elena", "Daria", "Sofia", "Anastasia", "Emilia", "Viktoria", "Natalia", "Gabriela"),
                    List.of("Jakub", "Jan", "Antoni", "Szymon", "Filip", "Aleksander", "Franciszek", "Mikolaj", "Wojciech", "Kacper",
                            "Andrei", "Alexandru", "Ionut", "Stefan", "Luca", "Matei", "David", "Dominik", "Mateusz", "Lukas"),
                    List.of("Nowak", "Kowalski", "Wisniewski", "Wojcik", "Kowalczyk", "Kaminski", "Lewandowski", "Zielinski",
                            "Szymanski", "Wozniak", "Dabrowski", "Kozlowski", "Popescu", "Ionescu", "Popa", "Radu", "Dumitru",
                            "Stan", "Stoica", "Gheorghe", "Kazlauskas", "Petrov", "Horvath", "Novak", "Silva", "Santos",
                            "Ferreira", "Pereira", "Rossi", "Russo")),
            new Background("Pakistani", 0.045,
                    List.of("Aisha", "Maryam", "Zainab", "Fatima", "Hafsa", "Khadija", "Inaya", "Eman", "Hania", "Aleena",
                            "Anaya", "Zara", "Mehak", "Noor", "Safa"),
                    List.of("Muhammad", "Mohammed", "Ibrahim", "Yusuf", "Musa", "Ayaan", "Zayn", "Hamza", "Ali", "Umar",
                            "Abdullah", "Rayyan", "Haris", "Zakariya", "Idris"),
                    List.of("Khan", "Hussain", "Ahmed", "Ali", "Akhtar", "Iqbal", "Mahmood", "Shah", "Butt", "Malik",
                            "Rashid", "Bibi", "Javed", "Aslam", "Mirza", "Qureshi", "Chaudhry", "Raza")),
            new Background("Indian", 0.035,
                    List.of("Anaya", "Aarya", "Diya", "Saanvi", "Ishani", "Priya", "Riya", "Anika", "Simran", "Jasleen",
                            "Harleen", "Kiran", "Meera", "Navya", "Tara"),
                    List.of("Arjun", "Aarav", "Vihaan", "Reyansh", "Rohan", "Dev", "Krish", "Aryan", "Ishaan", "Jaskaran",
                            "Harjot", "Gurveer", "Kabir", "Nikhil", "Sahil"),
                    List.of("Patel", "Singh", "Kaur", "Sharma", "Gill", "Sandhu", "Mistry", "Shah", "Parmar", "Chauhan",
                            "Sidhu", "Dhillon", "Kumar", "Joshi", "Desai", "Mehta")),
            new Background("Bangladeshi", 0.02,
                    List.of("Ayesha", "Sumaiya", "Tahmina", "Nusrat", "Ruqayyah", "Safiya", "Amira", "Jannat", "Sadia", "Tasnim"),
                    List.of("Mohammed", "Abdul", "Rahim", "Tahmid", "Ayaan", "Imran", "Shahid", "Rayhan", "Saif", "Tanvir"),
                    List.of("Begum", "Miah", "Uddin", "Rahman", "Islam", "Ahmed", "Hoque", "Chowdhury", "Khatun", "Ali", "Hossain")),
            new Background("Black African", 0.045,
                    List.of("Amara", "Adaeze", "Chioma", "Zawadi", "Nia", "Ifeoma", "Blessing", "Favour", "Precious", "Esther",
                            "Abena", "Ama", "Ngozi", "Hodan", "Fartun"),
                    List.of("David", "Daniel", "Emmanuel", "Samuel", "Joshua", "Tobi", "Chidi", "Kwame", "Kofi", "Oluwaseun",
                            "Ayo", "Mohamed", "Abdirahman", "Ahmed", "Tendai"),
                    List.of("Okafor", "Adeyemi", "Okonkwo", "Mensah", "Osei", "Boateng", "Adebayo", "Oyelaran", "Nwosu",
                            "Eze", "Abdi", "Mohamed", "Hassan", "Warsame", "Mutasa", "Banda", "Owusu", "Asante")),
            new Background("Black Caribbean", 0.01,
                    List.of("Jada", "Tia", "Shanice", "Aaliyah", "Kiara", "Imani", "Nadia", "Chantelle"),
                    List.of("Marcus", "Jordan", "Kai", "Tyrese", "Jamal", "Andre", "Malachi", "Nathaniel"),
                    List.of("Campbell", "Brown", "Williams", "Francis", "Grant", "Clarke", "Reid", "Douglas", "Henry", "Bailey")),
            new Background("Chinese", 0.008,
                    List.of("Mei", "Xinyi", "Yiwen", "Jia", "Lingling", "Hui", "Ying", "Chloe"),
                    List.of("Wei", "Jun", "Hao", "Yichen", "Zihan", "Haoran", "Kai", "Jason"),
                    List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Wong", "Chan", "Lam")),
            new Background("Arab", 0.012,
                    List.of("Layla", "Mariam", "Yasmin", "Salma", "Rania", "Lina", "Hala", "Nour"),
                    List.of("Omar", "Youssef", "Ahmad", "Khalid", "Karim", "Tariq", "Sami", "Mahmoud"),
                    List.of("Al-Sayed", "Haddad", "Mansour", "Nasser", "Saleh", "Abdallah", "El-Amin", "Farah", "Aziz")),
            new Background("Gypsy, Roma or Traveller", 0.006,
                    List.of("Mary", "Bridget", "Margaret", "Kathleen", "Shannon", "Chelsea", "Esmeralda", "Roxana"),
                    List.of("John", "Patrick", "Michael", "Martin", "Tommy", "Johnny", "Lucas", "Florin"),
                    List.of("McDonagh", "Ward", "Joyce", "Connors", "Maughan", "Doran", "Lee", "Boswell", "Lakatos", "Balogh")),
            new Background("Mixed", 0.069, List.of(), List.of(), List.of()));

    /** Short forms children go by. */
    static final Map<String, String> NICKNAMES = Map.ofEntries(
            Map.entry("Alexander", "Alex"), Map.entry("William", "Will"),
            Map.entry("Thomas", "Tom"), Map.entry("Joshua", "Josh"),
            Map.entry("Samuel", "Sam"), Map.entry("Jessica", "Jess"),
            Map.entry("Elizabeth", "Beth"), Map.entry("Charlotte", "Lottie"),
            Map.entry("Muhammad", "Mo"), Map.entry("Mohammed", "Mo"),
            Map.entry("Daniel", "Danny"), Map.entry("Joseph", "Joe"),
            Map.entry("Isabella", "Bella"), Map.entry("Matilda", "Tilly"),
            Map.entry("Oluwaseun", "Seun"), Map.entry("Anastasia", "Sasha"),
            Map.entry("Edward", "Ted"), Map.entry("Frederick", "Freddie"));

    private Names() {
    }

    static Background background(Random random) {
        double r = random.nextDouble();
        for (Background b : BACKGROUNDS) {
            r -= b.share();
            if (r < 0) {
                return b;
            }
        }
        return BACKGROUNDS.get(0);
    }

    /** A name from a list ordered most common first, with weight 1/(rank+1)^0.9. */
    static String pick(List<String> names, Random random) {
        double total = 0;
        for (int i = 0; i < names.size(); i++) {
            total += weight(i);
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < names.size(); i++) {
            r -= weight(i);
            if (r < 0) {
                return names.get(i);
            }
        }
        return names.get(names.size() - 1);
    }

    private static double weight(int rank) {
        return 1 / Math.pow(rank + 1, 0.9);
    }
}
