package org.rejoin.linkage.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Names by background, most common first, drawn with Zipf-like weights; variants of a name (its
 * transliterations and spellings) after a '|'. Surnames get a long tail of rarer British names,
 * as real populations have: the hundred commonest surnames cover about a fifth of England. The
 * shares of the backgrounds follow England's school census, rounded. Used by this generator and
 * by the service's demo local authority.
 */
public final class NameTables {

    /** A background: its share of children and its names. */
    public record Background(String name, double share, String[] girls, String[] boys, String[] surnames) {
    }

    /** The short forms children go by. */
    public static final Map<String, String> SHORT_FORMS = Map.ofEntries(
            Map.entry("Alexander", "Alex"), Map.entry("William", "Will"), Map.entry("Thomas", "Tom"),
            Map.entry("Joshua", "Josh"), Map.entry("Samuel", "Sam"), Map.entry("Jessica", "Jess"),
            Map.entry("Charlotte", "Lottie"), Map.entry("Muhammad", "Mo"), Map.entry("Daniel", "Danny"),
            Map.entry("Joseph", "Joe"), Map.entry("Isabella", "Bella"), Map.entry("Matilda", "Tilly"),
            Map.entry("Oluwaseun", "Seun"), Map.entry("Anastasia", "Nastya"), Map.entry("Edward", "Ted"),
            Map.entry("Frederick", "Freddie"), Map.entry("Benjamin", "Ben"), Map.entry("Matthew", "Matt"),
            Map.entry("Jakub", "Kuba"), Map.entry("Aleksander", "Olek"), Map.entry("Elizabeth", "Beth"),
            Map.entry("Abigail", "Abi"), Map.entry("Rebecca", "Becky"), Map.entry("Eleanor", "Ellie"),
            Map.entry("Olivia", "Liv"), Map.entry("Zachary", "Zach"), Map.entry("Theo", "Teddy"),
            Map.entry("Archie", "Archibald"), Map.entry("Alfie", "Alfred"), Map.entry("Harry", "Henry"));

    static final List<Background> BACKGROUNDS = List.of(
            new Background("White British", 0.62,
                    split("Olivia Amelia Isla Ava Mia Ivy Lily Isabella|Isabelle|Isobel Rosie Sophia|Sophie Grace Freya Evie Florence Poppy Ella Emily Charlotte Willow Elsie Daisy Sienna Harper Matilda Ruby Phoebe Evelyn Alice Millie Jessica Chloe Holly Megan Lucy Ellie Hannah Katie Bethany Amy Lauren Erin Molly Scarlett Imogen Zara Maisie Lola Layla Eliza Lexi Esme Thea Robyn Georgia Abigail Eleanor Niamh Aoife Caitlin Jasmine|Jasmin Summer Paige Leah Amber Nancy Violet Aria Mila Harriet Beatrice Clara Edith Maya|Maia Hollie Tilly Libby Darcie|Darcy Jade Courtney Shannon Rebecca Natalie Lydia Heidi Ruby-Mae Lily-Rose Ella-Rose"),
                    split("Oliver George Noah Arthur Leo Oscar Harry Jack Charlie Jacob|Jakob Freddie Alfie Thomas Theo Henry Archie William James Joshua Max Lucas|Lukas Ethan Alexander Isaac Edward Samuel Joseph Daniel Reuben Harrison Tyler Callum Liam Connor Kyle Jake Ryan Lewis Dylan Riley Mason Logan Finley|Finlay Jenson Jayden|Jaden|Jaiden Toby Sebastian Hugo Albert Louie|Louis Teddy Tommy Ronnie Frankie Elliot|Elliott Rory Caleb Owen Ellis Louis Harvey Kai Luca Nathan Aaron Ben Matthew Adam Luke Jamie Cameron Bradley Kieran|Ciaran Declan Patrick Michael Sean|Shaun|Shawn Ryan Billy Stanley Zachary|Zachery"),
                    split("Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke|Clark Jackson Wood Turner Martin Cooper Hill Ward Morris Moore Lee King Baker Harrison Morgan Allen James Scott Phillips|Philips Watson Davis Parker Price Bennett Young Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Marshall Anderson Simpson Ellis Adams Wilkinson Foster Chapman Powell Webb Rogers Gray|Grey Mason Hunt Campbell Matthews|Mathews Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens|Stephens Jenkins Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart|Stuart Elliott|Elliot Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne Johnston Gordon Doyle Wallace George Jordan Hutchinson Rowe Burke May Pritchard Gilbert Willis Higgins Read Miles Stevenson Stephenson Hammond Arnold Buckley Walters Hewitt Barber Nelson Slater Austin Sullivan Whitehead Mann Frost Lambert Stephens Blake Akhtar Lynch Goodwin Barton Woodward Thomson Cunningham Quinn Barnett Baxter Bibi Clayton Nash Greenwood Jennings Holt Kemp Poole Gallagher Bond Stokes Tucker Davidson Fowler Heath Norman Middleton Lawson Banks French Stanley Jarvis Gibbs Ferguson Hayward Carroll Douglas Dickinson Todd Barlow Peters Lucas Knowles Hartley Miah Simmons Morton Alexander Field Morrison Norris Townsend Preston Hancock Thornton Baldwin Burrows Briggs Storey Pickering Threlfall Ormerod Sowerby Entwistle Ashworth Fletcher-Brown Smith-Jones Hughes-Davies")),
            new Background("Eastern European", 0.07,
                    split("Zuzanna|Zuzana|Susanna Julia|Yulia|Iulia Maja|Maya Zofia|Sofia|Sophia Hanna|Hannah|Anna Lena Alicja|Alicia Maria|Mariya Oliwia|Olivia Amelia Ioana|Joanna Andreea|Andrea Elena|Olena Daria|Darya Anastasia|Anastasiya Emilia Viktoria|Wiktoria|Victoria Natalia|Natalya Gabriela|Gabriella Ewa|Eva Kinga Milena Aleksandra|Alexandra Karolina|Caroline Weronika|Veronika Patrycja|Patricia Nikola|Nicola"),
                    split("Jakub|Yakub|Jacob Jan|Ian Antoni|Anthony Szymon|Simon Filip|Philip Aleksander|Alexander|Oleksandr Franciszek Mikolaj|Nikolai|Mykola Wojciech Kacper|Casper Andrei|Andrzej|Andriy Alexandru Ionut Stefan|Stephan Luca|Luka Matei|Matej David|Dawid Dominik|Dominic Mateusz|Matthew Lukas|Lukasz|Luke Oskar|Oscar Piotr|Petr|Petro Tomasz|Tomas|Thomas Bartosz Igor Maksym|Maxim|Maksim Dmytro|Dmitri|Dmitry Artem|Artyom Bogdan|Bohdan"),
                    split("Nowak Kowalski|Kowalsky Wisniewski|Wisnewski Wojcik|Voicik Kowalczyk Kaminski|Kaminsky Lewandowski Zielinski Szymanski Wozniak Dabrowski|Dombrowski Kozlowski Popescu Ionescu Popa Radu Dumitru Stan Stoica Gheorghe Kazlauskas Petrov|Petrof Horvath Novak Silva Santos Ferreira Pereira Rossi Russo Shevchenko|Shevchenko Kovalenko|Kovalenko Bondarenko Tkachenko Melnyk|Melnik Ivanova|Ivanov Smirnov|Smirnova Jankowski Mazur Krawczyk Piotrowski Grabowski Nowakowski Pawlowski Michalski")),
            new Background("Pakistani", 0.045,
                    split("Aisha|Ayesha|Aysha Maryam|Mariam Zainab|Zaynab Fatima|Fatimah Hafsa|Hafsah Khadija|Khadijah Inaya|Inayah Eman|Iman Hania|Haniya Aleena|Alina Anaya|Anaaya Zara|Zahra Mehak|Mahak Noor|Nur Safa Amna|Aminah Hira Sana|Sanaa Rida|Ridaa Laiba"),
                    split("Muhammad|Mohammed|Mohammad|Mohamed|Muhammed Ibrahim|Ebrahim Yusuf|Yousuf|Yusef|Yousef Musa|Moosa Ayaan|Ayan Zayn|Zain|Zayan Hamza|Hamzah Ali|Aly Umar|Omar Abdullah|Abdallah Rayyan|Rayan Haris|Harris Zakariya|Zakaria|Zakariyya Idris|Idrees Ahmed|Ahmad Hassan|Hasan Bilal Usman|Osman Arham Aayan|Ayaan Faisal|Faysal"),
                    split("Khan Hussain|Hussein|Husain Ahmed|Ahmad Ali Akhtar|Akhter Iqbal|Ikbal Mahmood|Mehmood|Mahmud Shah Butt Malik Rashid|Rasheed Bibi Javed|Javaid Aslam Mirza Qureshi|Kureshi Chaudhry|Chaudhary|Choudhry Raza|Rasa Anwar Aziz|Azeez Begum Nawaz Rehman|Rahman Sadiq|Siddique Tariq|Tarik")),
            new Background("Indian", 0.035,
                    split("Anaya Aarya|Arya Diya|Dia Saanvi|Sanvi Ishani Priya|Pria Riya|Ria Anika|Annika Simran Jasleen Harleen Kiran Meera|Mira Navya Tara Avani Kavya|Kavia Pooja|Puja Jaspreet Gurleen Manpreet"),
                    split("Arjun Aarav|Arav Vihaan|Vihan Reyansh Rohan Dev Krish Aryan Ishaan|Ishan Jaskaran Harjot Gurveer|Gurvir Kabir Nikhil Sahil Aditya Arnav Veer|Vir Rahul Manav Jasraj Harvinder Sukhman Tejas"),
                    split("Patel Singh Kaur Sharma Gill Sandhu Mistry Shah Parmar Chauhan|Chohan Sidhu Dhillon Kumar Joshi Desai Mehta Gupta Bains Sahota Johal Atwal Kang Grewal Randhawa Thind Bhatt|Bhat")),
            new Background("Bangladeshi", 0.02,
                    split("Ayesha|Aisha Sumaiya|Sumaya Tahmina Nusrat Ruqayyah|Rukaiya Safiya|Safiyah Amira|Ameera Jannat|Jannah Sadia Tasnim|Tasneem Sumayyah Afia|Afiya Nafisa|Nafeesa Rumana"),
                    split("Mohammed|Muhammad|Mohammad Abdul Rahim|Raheem Tahmid Ayaan|Ayan Imran Shahid|Shaheed Rayhan|Raihan Saif|Saiful Tanvir|Tanveer Mahir|Maheer Rafi|Rafiq Sami|Samee Nabil|Nabeel"),
                    split("Begum Miah|Mia Uddin|Udin Rahman|Rehman Islam Ahmed|Ahmad Hoque|Haque|Hoq Chowdhury|Choudhury|Chowdhry Khatun|Khatoon Ali Hossain|Hussain|Hossen Alam Sarkar|Sircar Karim|Kareem")),
            new Background("Black African", 0.045,
                    split("Amara Adaeze Chioma Zawadi Nia Ifeoma Blessing Favour Precious Esther Abena Ama Ngozi|Ngozie Hodan Fartun Deka Ifrah Ayan Oluwaseun|Seun Temitope|Tope Adunni Chidinma|Chidima Folake Titilayo"),
                    split("David Daniel Emmanuel|Emanuel Samuel Joshua Tobi|Toby Chidi Kwame Kofi Oluwaseun|Seun Ayo Mohamed|Mohammed Abdirahman|Abdurahman Ahmed Tendai Olusegun|Segun Chukwuemeka|Emeka Oluwadamilare|Damilare Abdullahi|Abdulahi Ikenna Kelechi Tunde Femi"),
                    split("Okafor Adeyemi|Adeyemmi Okonkwo Mensah Osei Boateng|Boatang Adebayo Oyelaran Nwosu Eze Abdi Mohamed|Mohammed Hassan|Hasan Warsame Mutasa Banda Owusu Asante Olawale Adewale Ogunleye Afolabi Ibrahim|Ebrahim Yusuf|Yousuf Nkosi Moyo")),
            new Background("Black Caribbean", 0.01,
                    split("Jada Tia Shanice Aaliyah|Aliyah Kiara Imani Nadia Chantelle|Chantel Naomi Keisha|Kesha"),
                    split("Marcus Jordan Kai Tyrese|Tyreese Jamal Andre|Andrey Malachi Nathaniel Jerome Dwayne|Duane"),
                    split("Campbell Brown Williams Francis Grant Clarke Reid|Reed Douglas Henry Bailey Thompson Bennett Morgan")),
            new Background("Chinese", 0.008,
                    split("Mei|May Xinyi Yiwen Jia Lingling Hui Ying Chloe Wing Ka Yan"),
                    split("Wei Jun Hao Yichen Zihan Haoran Kai Jason Ho Yin Chun"),
                    split("Wang Li|Lee Zhang|Cheung Liu|Lau Chen|Chan Yang|Yeung Huang|Wong Wu|Ng Zhou|Chow Lin|Lam")),
            new Background("Arab and Somali", 0.02,
                    split("Layla|Laila|Leila Mariam|Maryam Yasmin|Yasmine|Yasmeen Salma|Selma Rania|Raniya Lina|Leena Hala Nour|Noor Hodan Ayan Sahra|Sahara"),
                    split("Omar|Umar Youssef|Yusuf|Yousef Ahmad|Ahmed Khalid|Khaled Karim|Kareem Tariq|Tarek Sami|Samy Mahmoud|Mahmud Abdirahman|Abdurahman Mustafa|Mostafa Hamza|Hamzah"),
                    split("Al-Sayed|Alsayed|El-Sayed Haddad|Hadad Mansour|Mansur Nasser|Nasir Saleh|Salih Abdallah|Abdullah El-Amin|Elamin Farah|Farrah Aziz|Azeez Hassan|Hasan Mohamed|Mohammed Ali Warsame Jama|Jamaa Osman|Usman")),
            new Background("Gypsy, Roma and Traveller", 0.006,
                    split("Mary Bridget|Bridie Margaret Kathleen Shannon Chelsea Esmeralda Roxana Caitlin Tina"),
                    split("John|Johnny Patrick|Paddy Michael Martin Tommy Lucas Florin Jimmy Christopher Henry"),
                    split("McDonagh|McDonough Ward Joyce Connors|Connor Maughan|Maughen Doran Lee Boswell Lakatos Balogh Stanley Smith Price")));

    private static final String[] TAIL_PREFIX = split("Ash Black Brad Brook Burn Cald Chad Clay Crom Dal Dun Ed Elm Fair Fern Gold Green Hal Hart Haw Hol Kirk Lang Lin Mar Mid Mil Moor Nor Oak Ox Pen Red Ros Rush Sal Shel Stan Stock Ston Sud Thorn Wal War Wes Whit Win Wood Wor Yar Al Bar Cam Dar Hen Mer Pem Rad Rod Tam Wil Ban");
    private static final String[] TAIL_SUFFIX = split("by bury combe croft dale den don field ford gate grove ham hill hurst ington land ley low man mere more ridge shaw stead ston thwaite ton well wick win wood worth bourne brook cott ell ett ing ock");

    private static final double BRITISH_FORENAME_TAIL = 0.5;
    private static final double BRITISH_SURNAME_TAIL = 0.75;
    private static final String[] GIRL_STEM = split("Ad Al Am An Ar Aur Bel Bri Cal Car Cel Cor Dar El Em Ev Fl Gen Gr Hal Is Jes Kel Lar Lil Lor Mar Mel Mir Nor Ros Sel Tal Val Win Zar");
    private static final String[] GIRL_END = split("a ia ina ella etta ine yn ie ara issa ora anne ette");
    private static final String[] BOY_STEM = split("Al Ar Bren Cal Cor Dar Ed El Fin Gar Har Jas Kel Lor Mal Nor Ros Ster Tor Wil Ban Cas Dun Gil Hal Mor Per Rod");
    private static final String[] BOY_END = split("an en on ius ton ley den vin ric as o ard win");

    private NameTables() {
    }

    static String[] split(String names) {
        return names.split(" ");
    }

    /** White British, the commonest background. */
    public static Background british() {
        return BACKGROUNDS.get(0);
    }

    /** A forename of the background, in its main spelling. */
    public static String forename(Background background, boolean girl, Random random) {
        return forms(forenameEntry(background, girl, random)).get(0);
    }

    /** A surname of the background, in its main spelling. */
    public static String surnameOf(Background background, Random random) {
        return forms(surname(background, random)).get(0);
    }

    /** A background drawn by its share of children. */
    public static Background background(Random random) {
        double r = random.nextDouble() * BACKGROUNDS.stream().mapToDouble(Background::share).sum();
        for (var b : BACKGROUNDS) {
            r -= b.share();
            if (r < 0) {
                return b;
            }
        }
        return BACKGROUNDS.get(0);
    }

    /**
     * A name entry ("Name|Variant|Variant") drawn with weight 1/(rank + offset): Zipf-like, with
     * the offset flattening the head so that the commonest name has a realistic share.
     */
    static String pick(String[] names, double offset, Random random) {
        double total = 0;
        for (int i = 0; i < names.length; i++) {
            total += 1.0 / (i + offset);
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < names.length; i++) {
            r -= 1.0 / (i + offset);
            if (r < 0) {
                return names[i];
            }
        }
        return names[names.length - 1];
    }

    /**
     * A forename entry of the background. Half of White British children have a name outside the
     * listed commonest ones, as in ONS baby-name statistics, where the commonest name is given to
     * little more than 1% of a year's girls or boys (2021: Olivia 3,649 of about 304,000 girls,
     * Noah 4,525 of about 320,000 boys).
     */
    public static String forenameEntry(Background background, boolean girl, Random random) {
        if (background == british() && random.nextDouble() < BRITISH_FORENAME_TAIL) {
            return girl ? GIRL_STEM[random.nextInt(GIRL_STEM.length)] + GIRL_END[random.nextInt(GIRL_END.length)]
                    : BOY_STEM[random.nextInt(BOY_STEM.length)] + BOY_END[random.nextInt(BOY_END.length)];
        }
        return pick(girl ? background.girls() : background.boys(), background == british() ? 12 : 8, random);
    }

    private static double harmonic(int n) {
        double h = 0;
        for (int i = 1; i <= n; i++) {
            h += 1.0 / i;
        }
        return h;
    }

    /**
     * A surname. Three quarters of White British children have one from the long tail of rarer
     * names; the listed hundred commonest then cover about a fifth of the population, with Smith
     * at about 1.3%, as in England. Other backgrounds' surnames are more concentrated (Khan,
     * Patel, Nowak), as they are in life.
     */
    static String surname(Background background, Random random) {
        if (background == british() && random.nextDouble() < BRITISH_SURNAME_TAIL) {
            return TAIL_PREFIX[random.nextInt(TAIL_PREFIX.length)] + TAIL_SUFFIX[random.nextInt(TAIL_SUFFIX.length)]
                    .toLowerCase(java.util.Locale.ROOT);
        }
        return pick(background.surnames(), background == british() ? 5 : 8, random);
    }

    /** The main form of an entry and its variants. */
    static List<String> forms(String entry) {
        return new ArrayList<>(List.of(entry.split("\\|")));
    }
}
