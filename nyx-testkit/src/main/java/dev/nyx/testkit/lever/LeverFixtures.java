package dev.nyx.testkit.lever;

import java.util.List;

/**
 * The postings the Lever replicas serve by default, on the site {@value #SITE}: a posting whose apply
 * form has every kind of custom question card, the EEO survey, consent boxes and all link kinds; a short
 * form (basics only); and a closed posting. Made-up companies and people. Stateless.
 */
public final class LeverFixtures {
    public static final String SITE = "northwind";
    public static final String COMPANY = "Northwind Robotics";
    /** Every card kind, EEO, consent, location, links: the posting the end-to-end tests apply to. */
    public static final String BACKEND_ENGINEER = "5f1c2d3e-8a9b-4c7d-9e0f-1a2b3c4d5e6f";
    /** Name, email, resume and the additional information only. */
    public static final String SHORT_FORM = "0b7e3a52-6c1d-4f08-a9e4-3d2c1b0a9f87";
    /** A posting that was filled: the API and the pages answer 404. */
    public static final String CLOSED = "9d8c7b6a-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    /** The first card of {@link #BACKEND_ENGINEER}: text, textarea, multiple choice, multiple select, dropdown. */
    public static final String QUESTIONS_CARD = "c0a8e1f2-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
    /** The second card of {@link #BACKEND_ENGINEER}: one more multiple choice. */
    public static final String LOGISTICS_CARD = "7e6d5c4b-3a29-4817-9f6e-5d4c3b2a1908";

    private LeverFixtures() {
    }

    public static List<LeverPosting> postings() {
        return List.of(backendEngineer(), shortForm(), closed());
    }

    public static LeverPosting backendEngineer() {
        LeverCard questions = new LeverCard(QUESTIONS_CARD, "Additional questions", List.of(
                LeverCardField.text("How many years of experience do you have with Java?", true),
                LeverCardField.textarea("Why do you want to join Northwind Robotics?", true),
                LeverCardField.choice("Are you legally authorized to work in France?", true, "Yes", "No"),
                LeverCardField.checkboxes("Which of these technologies have you used in production?", false,
                        "Java", "Kafka", "Rust", "COBOL", "PostgreSQL"),
                LeverCardField.dropdown("How did you hear about this job?", true, "LinkedIn", "Company careers site",
                        "Employee referral", "Job board", "Other")));
        LeverCard logistics = new LeverCard(LOGISTICS_CARD, "Logistics", List.of(
                LeverCardField.choice("Are you willing to relocate?", true, "Yes", "No")));
        return new LeverPosting(SITE, BACKEND_ENGINEER, COMPANY, "Senior Backend Engineer", "Platform",
                "Lyon, France", "Full-time", "Northwind Robotics builds warehouse robots.\n\n"
                + "You will build the services that plan and track every robot's work, on Java, Kafka and Postgres.",
                "en", new LeverPosting.LeverForm(true, true, true, List.of("LinkedIn", "GitHub", "Portfolio", "Other"),
                List.of(questions, logistics), true, true, true, ""), true);
    }

    public static LeverPosting shortForm() {
        return new LeverPosting(SITE, SHORT_FORM, COMPANY, "Data Analyst", "Analytics", "Remote, France",
                "Contract", "Help us understand how the robots spend their day.", "en",
                new LeverPosting.LeverForm(false, false, false, List.of(), List.of(), false, false, true, ""), true);
    }

    public static LeverPosting closed() {
        return new LeverPosting(SITE, CLOSED, COMPANY, "Robotics Intern", "Research", "Lyon, France", "Internship",
                "This internship was filled.", "en",
                new LeverPosting.LeverForm(false, false, false, List.of(), List.of(), false, false, true, ""), false);
    }
}
