package dev.nyx.testkit.greenhouse.variants;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The fixed test profile every generated form is answered from ({@code variants/profile.yaml} in
 * the testkit's resources: JSON Resume plus the {@code nyx} section with its answer bank), and the
 * facts of it the generator's expectations use. Called by tests and benchmarks; stateless,
 * thread-safe.
 */
public final class VariantProfile {
    public static final String FIRST_NAME = "Lena";
    public static final String LAST_NAME = "Moreau";
    public static final String EMAIL = "lena.moreau@example.org";
    public static final String PHONE = "+33 6 55 50 12 34";
    public static final String LINKEDIN = "https://www.linkedin.com/in/lena-moreau";
    public static final String GITHUB = "https://github.com/lmoreau";
    public static final String WEBSITE = "https://lena-moreau.example.dev";
    /** ISO country → may work there without a visa (the profile's {@code workAuthorization}). */
    public static final Map<String, Boolean> WORK_AUTHORIZATION = Map.of("FR", true, "DE", true, "US", false,
            "GB", false);
    /** Years per skill, as the answer bank says. */
    public static final Map<String, Integer> SKILL_YEARS = Map.of("Java", 9, "Kafka", 5, "PostgreSQL", 7,
            "Kubernetes", 3);
    /** Technologies the profile's skills name (Postgres = PostgreSQL, k8s = Kubernetes). */
    public static final Set<String> SKILLS = Set.of("Java", "Kafka", "PostgreSQL", "Kubernetes", "Spring Boot");
    public static final int SALARY_MIN = 85000;
    public static final int NOTICE_DAYS = 60;
    /** The profile's city ({@code basics.location.city}; country FR). */
    public static final String CITY = "Lyon";
    /** The suggestion the replicas' location type-aheads offer for {@link #CITY}, and its coordinates. */
    public static final String CITY_SUGGESTION = "Lyon, Auvergne-Rh\u00f4ne-Alpes, France";
    public static final String CITY_LATITUDE = "45.764043";
    public static final String CITY_LONGITUDE = "4.835659";
    public static final String SCHOOL = "Université Claude Bernard Lyon 1";
    /** The degree of the main education entry ({@code studyType: Master}) as Greenhouse lists it. */
    public static final String DEGREE = "Master's Degree";
    public static final int EDUCATION_START_MONTH = 9;
    public static final int EDUCATION_END_MONTH = 6;
    public static final String DISCIPLINE = "Computer Science";
    public static final String EDUCATION_START_YEAR = "2014";
    public static final String EDUCATION_END_YEAR = "2016";
    public static final String HEARD_FROM = "Company careers site";
    public static final String VISA = "Skilled worker visa";
    private static final String RESOURCE = "/dev/nyx/testkit/greenhouse/variants/profile.yaml";

    private VariantProfile() {
    }

    /**
     * Writes the profile and a small resume PDF into {@code folder}.
     *
     * @return the profile file, for {@code ProfileLoader.load}
     * @throws UncheckedIOException when the folder cannot be written
     */
    public static Path writeTo(Path folder) {
        requireNonNull(folder, "folder is null");
        try (InputStream in = VariantProfile.class.getResourceAsStream(RESOURCE)) {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("resume-en.pdf"), "%PDF-1.4\n% Lena Moreau resume\n%%EOF\n",
                    StandardCharsets.US_ASCII);
            return Files.write(folder.resolve("profile.yaml"), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the variant profile to " + folder, e);
        }
    }
}
