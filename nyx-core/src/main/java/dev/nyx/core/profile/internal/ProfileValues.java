package dev.nyx.core.profile.internal;

import dev.nyx.model.Resume;
import dev.nyx.model.profile.Basics;
import dev.nyx.model.profile.Education;
import dev.nyx.model.profile.NyxSection;
import dev.nyx.model.profile.Profile;
import dev.nyx.model.profile.Skill;
import dev.nyx.model.profile.Work;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every text value of a profile by its canonical path ({@code basics.phone}, {@code work[0].name},
 * {@code nyx.personal.dateOfBirth}). Stateless; not part of the API.
 */
public final class ProfileValues {
    private ProfileValues() {
    }

    public static Map<String, String> of(Profile profile) {
        Map<String, String> values = new LinkedHashMap<>();
        Basics basics = profile.basics();
        put(values, "basics.name", basics.name());
        put(values, "basics.label", basics.label());
        put(values, "basics.email", Optional.of(basics.email()));
        put(values, "basics.phone", basics.phone());
        put(values, "basics.url", basics.url().map(Object::toString));
        put(values, "basics.summary", basics.summary());
        put(values, "basics.location.address", basics.location().address());
        put(values, "basics.location.postalCode", basics.location().postalCode());
        put(values, "basics.location.city", basics.location().city());
        put(values, "basics.location.countryCode", basics.location().countryCode());
        put(values, "basics.location.region", basics.location().region());
        for (int index = 0; index < basics.profiles().size(); index++) {
            String prefix = "basics.profiles[" + index + "].";
            put(values, prefix + "network", Optional.of(basics.profiles().get(index).network()));
            put(values, prefix + "username", basics.profiles().get(index).username());
            put(values, prefix + "url", basics.profiles().get(index).url().map(Object::toString));
        }
        for (int index = 0; index < profile.work().size(); index++) {
            Work work = profile.work().get(index);
            String prefix = "work[" + index + "].";
            put(values, prefix + "name", Optional.of(work.name()));
            put(values, prefix + "position", work.position());
            put(values, prefix + "url", work.url().map(Object::toString));
            put(values, prefix + "summary", work.summary());
            putAll(values, prefix + "highlights", work.highlights());
        }
        for (int index = 0; index < profile.education().size(); index++) {
            Education education = profile.education().get(index);
            String prefix = "education[" + index + "].";
            put(values, prefix + "institution", Optional.of(education.institution()));
            put(values, prefix + "area", education.area());
            put(values, prefix + "studyType", education.studyType());
            put(values, prefix + "score", education.score());
        }
        for (int index = 0; index < profile.skills().size(); index++) {
            Skill skill = profile.skills().get(index);
            put(values, "skills[" + index + "].name", Optional.of(skill.name()));
            putAll(values, "skills[" + index + "].keywords", skill.keywords());
        }
        putNyx(values, profile.nyx());
        return values;
    }

    private static void putNyx(Map<String, String> values, NyxSection nyx) {
        put(values, "nyx.firstName", nyx.firstName());
        put(values, "nyx.lastName", nyx.lastName());
        nyx.salary().ifPresent(salary -> put(values, "nyx.salary.min", Optional.of(salary.min().toPlainString())));
        put(values, "nyx.noticePeriodDays", nyx.noticePeriodDays().map(String::valueOf));
        put(values, "nyx.eeo.gender", nyx.eeo().gender().value());
        put(values, "nyx.eeo.race", nyx.eeo().race().value());
        put(values, "nyx.eeo.veteran", nyx.eeo().veteran().value());
        put(values, "nyx.eeo.disability", nyx.eeo().disability().value());
        List<Resume> resumes = nyx.resumes();
        for (int index = 0; index < resumes.size(); index++) {
            put(values, "nyx.resumes[" + index + "].path", Optional.of(resumes.get(index).path().toString()));
        }
        for (int index = 0; index < nyx.answers().size(); index++) {
            put(values, "nyx.answers[" + index + "].answer", Optional.of(nyx.answers().get(index).answer()));
        }
        put(values, "nyx.coverLetter.template", nyx.coverLetterTemplate());
        nyx.personal().forEach((key, value) -> put(values, "nyx.personal." + key, Optional.of(value)));
    }

    private static void put(Map<String, String> values, String path, Optional<String> value) {
        value.filter(text -> !text.isBlank()).ifPresent(text -> values.put(path, text));
    }

    private static void putAll(Map<String, String> values, String path, List<String> texts) {
        for (int index = 0; index < texts.size(); index++) {
            put(values, path + "[" + index + "]", Optional.of(texts.get(index)));
        }
    }
}
