package dev.nyx.core.answer.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.answer.internal.QuestionRoute.Topic;
import dev.nyx.core.profile.SensitiveValues;
import dev.nyx.model.profile.Education;
import dev.nyx.model.profile.LanguageSkill;
import dev.nyx.model.profile.Profile;
import dev.nyx.model.profile.Skill;
import dev.nyx.model.profile.Work;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The candidate facts one prompt may carry: only what the question's {@link Topic} needs (never
 * contact details, personal facts, EEO answers or the answer bank), each value passed through
 * {@link SensitiveValues#redact} so that a sensitive value written inside a summary or highlight is
 * gone too. Work dates are given as years only.
 *
 * @param text      the facts, one per line
 * @param factsUsed the profile paths included
 */
public record ProfileExcerpt(String text, List<String> factsUsed) {
    public ProfileExcerpt {
        requireNonNull(text, "text is null");
        factsUsed = List.copyOf(factsUsed);
    }

    /** The excerpt for a topic. */
    public static ProfileExcerpt of(Topic topic, Profile profile, SensitiveValues sensitive) {
        requireNonNull(topic, "topic is null");
        requireNonNull(profile, "profile is null");
        requireNonNull(sensitive, "sensitive is null");
        Builder builder = new Builder(sensitive);
        profile.basics().label().ifPresent(label -> builder.line("basics.label", "Headline: " + label));
        switch (topic) {
            case MOTIVATION -> {
                profile.basics().summary().ifPresent(summary -> builder.line("basics.summary", "Summary: " + summary));
                profile.work().stream().filter(Work::isCurrent).findFirst().ifPresent(work -> builder.line("work",
                        "Current position: " + work.position().orElse("") + " at " + work.name()));
                skills(builder, profile.skills());
            }
            case EXPERIENCE, COVER_LETTER -> {
                if (topic == Topic.COVER_LETTER) {
                    profile.basics().summary().ifPresent(summary -> builder.line("basics.summary", "Summary: " + summary));
                }
                work(builder, profile.work());
                skills(builder, profile.skills());
            }
            case SKILLS -> skills(builder, profile.skills());
            case GENERAL -> {
                profile.basics().summary().ifPresent(summary -> builder.line("basics.summary", "Summary: " + summary));
                skills(builder, profile.skills());
            }
            case EVERYTHING -> everything(builder, profile, sensitive);
        }
        return builder.build();
    }

    private static void skills(Builder builder, List<Skill> skills) {
        for (Skill skill : skills) {
            builder.line("skills", "Skill: " + skill.name() + skill.level().map(level -> " (" + level + ")").orElse("")
                    + (skill.keywords().isEmpty() ? "" : ": " + String.join(", ", skill.keywords())));
        }
    }

    private static void work(Builder builder, List<Work> work) {
        for (Work job : work) {
            String years = job.startDate().map(start -> String.valueOf(start.year())).orElse("?") + "-"
                    + job.endDate().map(end -> String.valueOf(end.year())).orElse("now");
            StringBuilder line = new StringBuilder("Job: " + job.position().orElse("role") + " at " + job.name()
                    + " (" + years + ")");
            job.summary().ifPresent(summary -> line.append(". ").append(summary));
            job.highlights().forEach(highlight -> line.append(" / ").append(highlight));
            builder.line("work", line.toString());
        }
    }

    private static void everything(Builder builder, Profile profile, SensitiveValues sensitive) {
        builder.line("basics.name", "Name: " + profile.fullName());
        builder.line("basics.email", "Email: " + profile.basics().email());
        profile.basics().phone().ifPresent(phone -> builder.line("basics.phone", "Phone: " + phone));
        profile.basics().location().city().ifPresent(city -> builder.line("basics.location.city", "City: " + city));
        profile.basics().location().countryCode()
                .ifPresent(country -> builder.line("basics.location.countryCode", "Country: " + country));
        profile.basics().summary().ifPresent(summary -> builder.line("basics.summary", "Summary: " + summary));
        work(builder, profile.work());
        for (Education education : profile.education()) {
            builder.line("education", "Education: " + education.studyType().orElse("") + " "
                    + education.area().orElse("") + " at " + education.institution());
        }
        skills(builder, profile.skills());
        for (LanguageSkill language : profile.languages()) {
            builder.line("languages", "Language: " + language.language() + language.fluency().map(f -> " (" + f + ")")
                    .orElse(""));
        }
        Map<String, Boolean> authorisation = new TreeMap<>(profile.nyx().workAuthorization());
        authorisation.forEach((country, allowed) -> builder.line("nyx.workAuthorization",
                "May work in " + country + " without a visa: " + (allowed ? "yes" : "no")));
        profile.nyx().requiresSponsorship().ifPresent(needs -> builder.line("nyx.requiresSponsorship",
                "Needs visa sponsorship: " + (needs ? "yes" : "no")));
        profile.nyx().noticePeriodDays().ifPresent(days -> builder.line("nyx.noticePeriodDays",
                "Notice period: " + days + " days"));
        profile.nyx().willingToRelocate().ifPresent(relocate -> builder.line("nyx.willingToRelocate",
                "Willing to relocate: " + (relocate ? "yes" : "no")));
        profile.nyx().salary().filter(salary -> !sensitive.isSensitivePath("nyx.salary"))
                .ifPresent(salary -> builder.line("nyx.salary", "Minimum salary: " + salary.min().toPlainString()
                        + " " + salary.currency() + " per " + salary.period().name().toLowerCase(java.util.Locale.ROOT)));
    }

    private static final class Builder {
        private final SensitiveValues sensitive;
        private final StringBuilder text = new StringBuilder();
        private final List<String> paths = new ArrayList<>();

        Builder(SensitiveValues sensitive) {
            this.sensitive = sensitive;
        }

        void line(String path, String line) {
            // a sensitive path is left out whole; any other value is redacted in case it quotes one
            if (sensitive.isSensitivePath(path)) {
                return;
            }
            text.append(sensitive.redact(line.strip())).append('\n');
            if (!paths.contains(path)) {
                paths.add(path);
            }
        }

        ProfileExcerpt build() {
            return new ProfileExcerpt(text.toString().strip(), paths);
        }
    }
}
