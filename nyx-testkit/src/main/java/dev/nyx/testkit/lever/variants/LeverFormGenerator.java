package dev.nyx.testkit.lever.variants;

import dev.nyx.testkit.greenhouse.variants.Expected;
import dev.nyx.testkit.greenhouse.variants.VariantProfile;
import dev.nyx.testkit.lever.LeverCard;
import dev.nyx.testkit.lever.LeverCardField;
import dev.nyx.testkit.lever.LeverCardKind;
import dev.nyx.testkit.lever.LeverPosting;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Makes Lever apply forms from a seed (the fidelity method of the Greenhouse generator, on Lever's page
 * facts): which basics are shown (phone, current company, location type-ahead), which link kinds, whether
 * the resume is required, one to three custom question cards in English, German or French whose questions
 * are drawn from several paraphrases per concept and rendered in varying card kinds (text, textarea,
 * multiple choice, multiple select, dropdown), the EEO survey, the consent boxes, hidden system fields and a
 * honeypot, the EU board, the posting or the apply page as entry, and whether the postings API answers;
 * and the submission a correct applicant with {@link VariantProfile} sends.
 *
 * <p>Everything random comes from one {@link Random} seeded with the seed. Called by tests and
 * benchmarks; stateless, thread-safe. Throws nothing.
 */
public final class LeverFormGenerator {
    /** Longest free text the generated forms accept (the expectation for LLM answers). */
    public static final int FREE_TEXT_MAX = 5000;
    private static final String[] LANGUAGES = {"en", "de", "fr"};
    private static final String[] COMPANIES = {"Acme", "Globex", "Initech", "Umbrella Labs", "Hooli", "Vandelay"};
    private static final String[][] COUNTRIES = {
        // code, location, en, de, fr
        {"US", "New York, NY, United States", "the United States", "die USA", "les États-Unis"},
        {"DE", "Berlin, Germany", "Germany", "Deutschland", "l'Allemagne"},
        {"FR", "Paris, France", "France", "Frankreich", "la France"},
        {"GB", "London, United Kingdom", "the United Kingdom", "das Vereinigte Königreich", "le Royaume-Uni"},
    };

    private LeverFormGenerator() {
    }

    /** The form for {@code seed}; the same seed always gives the same form. */
    public static GeneratedLeverForm generate(long seed) {
        return new Builder(seed).build();
    }

    /** State of one generation; not shared. */
    private static final class Builder {
        private final long seed;
        private final Random random;
        private final int lang;
        private final String company;
        private final String[] country;
        private final List<List<LeverCardField>> cards = new ArrayList<>();
        private final Map<String, Expected> expected = new LinkedHashMap<>();
        private final List<Runnable> expectations = new ArrayList<>();
        private String[] cardIds;

        Builder(long seed) {
            this.seed = seed;
            this.random = new Random(seed);
            this.lang = random.nextInt(LANGUAGES.length);
            this.company = COMPANIES[random.nextInt(COMPANIES.length)];
            this.country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        }

        GeneratedLeverForm build() {
            String site = "v" + Math.floorMod(seed, 1_000_000_000L);
            String id = UUID.nameUUIDFromBytes(("lever-variant-" + seed).getBytes(StandardCharsets.UTF_8)).toString();
            boolean phone = random.nextBoolean();
            boolean org = random.nextBoolean();
            boolean location = random.nextInt(3) != 0;
            List<String> links = new ArrayList<>();
            for (String kind : List.of("LinkedIn", "GitHub", "Portfolio", "Twitter", "Other")) {
                if (kind.equals("LinkedIn") ? random.nextInt(4) != 0 : random.nextBoolean()) {
                    links.add(kind);
                }
            }
            boolean resumeRequired = random.nextInt(4) != 0;
            int cardCount = 1 + random.nextInt(3);
            for (int index = 0; index < cardCount; index++) {
                cards.add(new ArrayList<>());
            }
            List<Runnable> concepts = new ArrayList<>(List.of(this::authorisation, this::relocation, this::remote,
                    this::salary, this::notice, this::skillYears, this::skillsChecklist, this::languageLevel,
                    this::heardFrom, this::motivation, this::school));
            Collections.shuffle(concepts, random);
            concepts.subList(0, 3 + random.nextInt(concepts.size() - 3)).forEach(Runnable::run);
            cardIds = new String[cards.size()];
            List<LeverCard> built = new ArrayList<>();
            String[] titles = {t("Additional questions", "Zusätzliche Fragen", "Questions complémentaires"),
                t("Eligibility", "Voraussetzungen", "Éligibilité"), t("About you", "Über Sie", "À propos de vous")};
            for (int index = 0; index < cards.size(); index++) {
                if (cards.get(index).isEmpty()) {
                    continue;
                }
                cardIds[index] = UUID.nameUUIDFromBytes(("card-" + seed + "-" + index).getBytes(StandardCharsets.UTF_8))
                        .toString();
                built.add(new LeverCard(cardIds[index], titles[index], cards.get(index)));
            }
            expectations.forEach(Runnable::run);
            boolean eeo = random.nextInt(3) == 0;
            boolean consent = random.nextBoolean();
            String extra = systemFields();
            basics(phone, org, location, links);
            if (eeo) {
                expected.put("eeo[gender]", exact("eeo", "Gender", "Decline to self-identify"));
                expected.put("eeo[race]", exact("eeo", "Race", "Decline to self-identify"));
                expected.put("eeo[veteran]", exact("eeo", "Veteran status", "Decline to self-identify"));
                expected.put("eeo[disability]", exact("eeo", "Disability status", "I don't wish to answer"));
            }
            if (consent) {
                expected.put("consent[store]", exact("consent processing", "consent to processing", "true"));
                expected.put("consent[marketing]", new Expected("consent marketing", "news about openings",
                        Expected.Kind.EXACT, List.of(), 0));
            }
            expected.put("comments", new Expected("additional information", "Additional information",
                    Expected.Kind.ANY_TEXT, List.of(), FREE_TEXT_MAX));
            String title = t("Backend Engineer", "Backend-Entwickler (m/w/d)", "Ingénieur backend (H/F)") + " " + seed;
            LeverPosting posting = new LeverPosting(site, id, company, title, "Engineering", country[1], "Full-time",
                    company + " " + t("is hiring.", "stellt ein.", "recrute."), LANGUAGES[lang],
                    new LeverPosting.LeverForm(phone, org, location, links, built, eeo, consent, resumeRequired, extra),
                    true);
            boolean eu = random.nextInt(4) == 0;
            boolean applyPage = random.nextBoolean();
            boolean apiReachable = random.nextInt(5) != 0;
            return new GeneratedLeverForm(seed, LANGUAGES[lang], eu, applyPage, apiReachable, posting, expected, true);
        }

        private void basics(boolean phone, boolean org, boolean location, List<String> links) {
            expected.put("name", exact("contact", "Full name", VariantProfile.FIRST_NAME + " " + VariantProfile.LAST_NAME));
            expected.put("email", exact("contact", "Email", VariantProfile.EMAIL));
            if (phone) {
                expected.put("phone", exact("contact", "Phone", VariantProfile.PHONE));
            }
            if (org) {
                expected.put("org", exact("current company", "Current company", "Rhône Payments"));
            }
            if (location) {
                expected.put("location", exact("location", "Current location", "Lyon, France"));
            }
            for (String kind : links) {
                String name = "urls[" + kind + "]";
                switch (kind) {
                    case "LinkedIn" -> expected.put(name, exact("links", "LinkedIn URL", VariantProfile.LINKEDIN));
                    case "GitHub" -> expected.put(name, exact("links", "GitHub URL", VariantProfile.GITHUB));
                    case "Portfolio" -> expected.put(name, exact("links", "Portfolio URL", VariantProfile.WEBSITE));
                    case "Twitter" -> expected.put(name, new Expected("links", "Twitter URL", Expected.Kind.EXACT,
                            List.of(), 0));
                    default -> expected.put(name, new Expected("links", "Other website", Expected.Kind.ANY_TEXT,
                            List.of(), 200));
                }
            }
        }

        // ---- concepts: each adds a card question and, once card ids exist, its expectation ----

        private void authorisation() {
            boolean authorised = VariantProfile.WORK_AUTHORIZATION.get(country[0]);
            String where = country[2 + lang];
            yesNo("work authorisation", authorised, pick(
                    new String[] {"Are you legally authorized to work in " + where + "?",
                        "Do you have the right to work in " + where + "?"},
                    new String[] {"Haben Sie eine Arbeitserlaubnis für " + where + "?"},
                    new String[] {"Disposez-vous d'une autorisation de travail pour " + where + " ?"}));
            if (random.nextBoolean()) {
                yesNo("sponsorship", !authorised, pick(
                        new String[] {"Will you now or in the future require sponsorship for a visa to work in "
                            + where + "?", "Do you need visa sponsorship to work in " + where + "?"},
                        new String[] {"Benötigen Sie jetzt oder künftig ein Visa-Sponsoring für " + where + "?"},
                        new String[] {"Avez-vous besoin d'un parrainage de visa pour " + where + " ?"}));
            }
        }

        private void relocation() {
            yesNo("relocation", true, pick(new String[] {"Are you willing to relocate?",
                "Would you relocate for this role?"}, new String[] {"Sind Sie bereit umzuziehen?"},
                    new String[] {"Êtes-vous prêt(e) à déménager ?"}));
        }

        private void remote() {
            String label = pick(new String[] {"Which working model do you prefer?", "Remote, hybrid or on-site?"},
                    new String[] {"Welches Arbeitsmodell bevorzugen Sie?"},
                    new String[] {"Quel mode de travail préférez-vous ?"});
            choose("remote", label, List.of(t("Fully remote", "Vollständig remote", "Télétravail complet"),
                    t("Hybrid", "Hybrid", "Hybride"), t("On-site", "Vor Ort", "Sur site")), 1);
        }

        private void salary() {
            String label = pick(new String[] {"What are your salary expectations (EUR per year)?",
                "Expected annual salary (EUR)"}, new String[] {"Wie hoch ist Ihre Gehaltsvorstellung (EUR pro Jahr)?"},
                    new String[] {"Quelles sont vos prétentions salariales (EUR par an) ?"});
            add(LeverCardField.text(label, random.nextBoolean()), (name, field) -> new Expected("salary", label,
                    Expected.Kind.CONTAINS_DIGITS, List.of(Integer.toString(VariantProfile.SALARY_MIN)), 0));
        }

        private void notice() {
            String label = pick(new String[] {"What is your notice period?", "When could you start?"},
                    new String[] {"Wie lang ist Ihre Kündigungsfrist?"},
                    new String[] {"Quel est votre préavis ?"});
            choose("notice", label, List.of(t("Immediately", "Sofort", "Immédiatement"),
                    t("Within 1 month", "Innerhalb eines Monats", "Sous 1 mois"),
                    t("1-3 months", "1-3 Monate", "1 à 3 mois"), t("More than 3 months", "Mehr als 3 Monate",
                            "Plus de 3 mois")), 2);
        }

        private void skillYears() {
            String skill = pick(new String[] {"Java", "Kafka"});
            int years = VariantProfile.SKILL_YEARS.get(skill);
            String label = pick(new String[] {"How many years of experience do you have with " + skill + "?"},
                    new String[] {"Wie viele Jahre Erfahrung haben Sie mit " + skill + "?"},
                    new String[] {"Combien d'années d'expérience avez-vous avec " + skill + " ?"});
            if (random.nextBoolean()) {
                add(LeverCardField.text(label, random.nextBoolean()), (name, field) ->
                        exact("years of experience", label, Integer.toString(years)));
            } else {
                choose("years of experience", label, List.of("0-2", "3-5", "6-8", "9+"),
                        years <= 2 ? 0 : years <= 5 ? 1 : years <= 8 ? 2 : 3);
            }
        }

        private void skillsChecklist() {
            List<String> pool = new ArrayList<>(List.of("PostgreSQL", "Kubernetes", "Kafka", "Java", "gRPC", "Rust",
                    "Elixir", "COBOL"));
            Collections.shuffle(pool, random);
            List<String> offered = List.copyOf(pool.subList(0, 4 + random.nextInt(3)));
            String label = pick(new String[] {"Which of these technologies have you used in production?",
                "Select the tools you have worked with"},
                    new String[] {"Welche dieser Technologien haben Sie produktiv eingesetzt?"},
                    new String[] {"Lesquelles de ces technologies avez-vous utilisées en production ?"});
            List<String> right = offered.stream().filter(VariantProfile.SKILLS::contains).toList();
            add(new LeverCardField(label, LeverCardKind.MULTIPLE_SELECT, random.nextBoolean(), offered),
                    (name, field) -> new Expected("skills checklist", label, Expected.Kind.EXACT, right, 0));
        }

        private void languageLevel() {
            String[][] languages = {{"French", "Französisch", "français", "0"}, {"English", "Englisch", "anglais", "1"},
                {"German", "Deutsch", "allemand", "2"}};
            String[] language = languages[random.nextInt(languages.length)];
            String name = language[lang];
            String label = pick(new String[] {"What is your level of " + name + "?", name + " proficiency"},
                    new String[] {"Wie gut sprechen Sie " + name + "?"},
                    new String[] {"Quel est votre niveau de " + name + " ?"});
            choose("language proficiency", label, List.of(t("Native", "Muttersprache", "Langue maternelle"),
                    t("Fluent", "Fließend", "Courant"), t("Professional", "Verhandlungssicher", "Professionnel"),
                    t("Basic", "Grundkenntnisse", "Notions")), Integer.parseInt(language[3]));
        }

        private void heardFrom() {
            String label = pick(new String[] {"How did you hear about this job?", "Where did you find this posting?"},
                    new String[] {"Wie haben Sie von dieser Stelle erfahren?"},
                    new String[] {"Comment avez-vous connu cette offre ?"});
            choose("how did you hear", label, List.of("LinkedIn", company + " careers site", "Employee referral",
                    "Job board", "Other"), 1);
        }

        private void motivation() {
            String label = pick(new String[] {"Why do you want to work at " + company + "?",
                "What excites you about this role?"},
                    new String[] {"Warum möchten Sie bei " + company + " arbeiten?"},
                    new String[] {"Pourquoi souhaitez-vous rejoindre " + company + " ?"});
            add(LeverCardField.textarea(label, true), (name, field) -> new Expected("motivation", label,
                    Expected.Kind.NON_EMPTY_TEXT, List.of(), FREE_TEXT_MAX));
        }

        private void school() {
            String label = t("Which university did you attend most recently?", "Hochschule",
                    "École / Université");
            add(LeverCardField.text(label, random.nextBoolean()), (name, field) ->
                    exact("education", label, VariantProfile.SCHOOL));
        }

        // ---- helpers ----

        private void yesNo(String concept, boolean yes, String label) {
            String yesWord = t("Yes", "Ja", "Oui");
            String noWord = t("No", "Nein", "Non");
            LeverCardKind kind = random.nextInt(3) == 0 ? LeverCardKind.DROPDOWN : LeverCardKind.MULTIPLE_CHOICE;
            add(new LeverCardField(label, kind, true, List.of(yesWord, noWord)),
                    (name, field) -> exact(concept, label, yes ? yesWord : noWord));
        }

        private void choose(String concept, String label, List<String> options, int answer) {
            LeverCardKind kind = random.nextBoolean() ? LeverCardKind.DROPDOWN : LeverCardKind.MULTIPLE_CHOICE;
            add(new LeverCardField(label, kind, random.nextInt(3) != 0, options),
                    (name, field) -> exact(concept, label, options.get(answer)));
        }

        /** Puts the question on a random card; its expectation is keyed once the card ids exist. */
        private void add(LeverCardField field, java.util.function.BiFunction<String, LeverCardField, Expected> expect) {
            int card = random.nextInt(cards.size());
            int index = cards.get(card).size();
            cards.get(card).add(field);
            expectations.add(() -> {
                String name = "cards[" + cardIds[card] + "][field" + index + "]";
                expected.put(name, expect.apply(name, field));
            });
        }

        /** Hidden inputs a real form may carry that must never be filled; adds their expectations. */
        private String systemFields() {
            StringBuilder html = new StringBuilder();
            if (random.nextBoolean()) {
                html.append("<textarea name=\"h-captcha-response\" style=\"display:none\"></textarea>"
                        + "<textarea name=\"g-recaptcha-response\" style=\"display:none\"></textarea>");
                expected.put("h-captcha-response", new Expected("system fields", "h-captcha-response",
                        Expected.Kind.EXACT, List.of(), 0));
            }
            if (random.nextBoolean()) {
                html.append("<div class=\"application-question\" style=\"position:absolute;left:-10000px\""
                        + " aria-hidden=\"true\"><label>").append(pick(new String[] {"Website", "Leave this empty"}))
                        .append("<input type=\"text\" name=\"hp_website\" tabindex=\"-1\" autocomplete=\"off\">"
                                + "</label></div>");
                expected.put("hp_website", new Expected("system fields", "honeypot", Expected.Kind.EXACT, List.of(), 0));
            }
            return html.toString();
        }

        private static Expected exact(String concept, String label, String value) {
            return new Expected(concept, label, Expected.Kind.EXACT, List.of(value), 0);
        }

        private String t(String en, String de, String fr) {
            return switch (lang) {
                case 0 -> en;
                case 1 -> de;
                default -> fr;
            };
        }

        private String pick(String[] en, String[] de, String[] fr) {
            String[] choices = switch (lang) {
                case 0 -> en;
                case 1 -> de;
                default -> fr;
            };
            return choices[random.nextInt(choices.length)];
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
