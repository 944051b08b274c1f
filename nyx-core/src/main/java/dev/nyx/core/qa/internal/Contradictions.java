package dev.nyx.core.qa.internal;

import static java.util.Objects.requireNonNull;

import dev.nyx.core.answer.PostingContext;
import dev.nyx.core.answer.QuestionConcepts;
import dev.nyx.core.country.PostingCountries;
import dev.nyx.core.qa.QaFinding;
import dev.nyx.model.Answer;
import dev.nyx.model.AnswerSet;
import dev.nyx.model.FormSchema;
import dev.nyx.model.Question;
import dev.nyx.model.profile.Profile;
import dev.nyx.model.profile.RemotePreference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds answers that contradict each other or the profile, by the concepts the answer rules
 * recognise ({@link QuestionConcepts}) and a small table:
 * <ul>
 *   <li>authorised to work in a country (the one the question names, else the posting's) vs. what the
 *       profile says for it ({@code nyx.workAuthorization}, or {@code nyx.requiresSponsorship} for the
 *       unlisted home country); "Yes" for a country the profile says nothing about is flagged too;</li>
 *   <li>needs a visa or sponsorship for a country vs. the same settings (a visa is needed exactly
 *       where the candidate may not work); for a country the profile says nothing about, "No" (needs
 *       no visa there) is flagged: a flag about one country says nothing about another;</li>
 *   <li>willing to relocate vs. {@code nyx.willingToRelocate};</li>
 *   <li>"no" to working in the mode the profile prefers ({@code nyx.remote}), or choosing another mode;</li>
 *   <li>between answers: authorised in a country = yes and needs sponsorship there = yes; the same
 *       concept (for the same country) answered both yes and no.</li>
 * </ul>
 * Only answers that read as yes or no (or a remote-mode choice) are compared. Reasons name the
 * questions and the profile setting, never other profile values. Stateless.
 */
public final class Contradictions {
    private static final String AUTHORISED = "work-authorization";
    private static final String SPONSORSHIP = "sponsorship";
    private static final String RELOCATION = "relocation";
    private static final String REMOTE = "remote-preference";

    private Contradictions() {
    }

    /** A yes/no answer to a recognised question. */
    private record Said(Question question, String concept, Optional<String> country, boolean yes) {
        String subject() {
            return concept + country.map(code -> "@" + code).orElse("");
        }
    }

    public static List<QaFinding> find(FormSchema form, AnswerSet answers, Profile profile, PostingContext posting) {
        requireNonNull(form, "form is null");
        requireNonNull(answers, "answers is null");
        requireNonNull(profile, "profile is null");
        requireNonNull(posting, "posting is null");
        List<QaFinding> findings = new ArrayList<>();
        List<Said> said = new ArrayList<>();
        for (Question question : form.questions()) {
            Optional<Answer> answer = answers.forQuestion(question.id());
            Optional<String> concept = QuestionConcepts.conceptOf(question, posting, profile);
            if (answer.isEmpty() || concept.isEmpty()) {
                continue;
            }
            if (concept.get().equals(REMOTE)) {
                remoteChoice(question, answer.get(), profile).ifPresent(findings::add);
            }
            Optional<Boolean> yes = QuestionConcepts.yesNo(answer.get().value());
            if (yes.isEmpty()) {
                continue;
            }
            Optional<String> country = concept.get().equals(AUTHORISED) || concept.get().equals(SPONSORSHIP)
                    ? QuestionConcepts.countryOf(question, posting) : Optional.empty();
            Said one = new Said(question, concept.get(), country, yes.get());
            againstProfile(one, profile).ifPresent(findings::add);
            findings.addAll(againstEarlier(one, said));
            said.add(one);
        }
        return findings;
    }

    private static Optional<QaFinding> againstProfile(Said said, Profile profile) {
        Optional<Boolean> fact;
        String setting;
        switch (said.concept()) {
            case AUTHORISED -> {
                return authorisation(said, profile);
            }
            case SPONSORSHIP -> {
                return visa(said, profile);
            }
            case RELOCATION -> {
                fact = profile.nyx().willingToRelocate();
                setting = "nyx.willingToRelocate";
            }
            case REMOTE -> {
                return remoteFlag(said, profile);
            }
            default -> {
                return Optional.empty();
            }
        }
        if (fact.isEmpty() || fact.get() == said.yes()) {
            return Optional.empty();
        }
        return Optional.of(finding(said.question(), "'" + said.question().label() + "' is answered '" + word(said.yes())
                + "' but the profile says '" + word(fact.get()) + "' (" + setting + ")"));
    }

    /**
     * The answer to a visa or sponsorship question against what the profile says for the country it
     * means ({@link QuestionConcepts#needsVisaFor}); for a country the profile says nothing about, a
     * "No" (needs no visa there) is not backed. An unknown country is not checked: the profile's flags
     * are about known countries only.
     */
    private static Optional<QaFinding> visa(Said said, Profile profile) {
        if (said.country().isEmpty()) {
            return Optional.empty();
        }
        String code = said.country().get();
        Optional<QuestionConcepts.ProfileSays> says = QuestionConcepts.needsVisaFor(code, profile);
        String label = "'" + said.question().label() + "' is answered '" + word(said.yes()) + "'";
        if (says.isEmpty()) {
            return said.yes() ? Optional.empty() : Optional.of(finding(said.question(), label + " but the profile"
                    + " does not say you may work in " + PostingCountries.name(code) + " without a visa (no"
                    + " nyx.workAuthorization." + code + "; nyx.requiresSponsorship is about your home country)"));
        }
        if (says.get().yes() == said.yes()) {
            return Optional.empty();
        }
        return Optional.of(finding(said.question(), label + " but the profile says '" + word(says.get().yes())
                + "' for " + PostingCountries.name(code) + " (" + says.get().setting() + ")"));
    }

    /**
     * The answer against what the profile says about working in the country the question means (the
     * one it names, else the posting's; {@link QuestionConcepts#mayWorkIn}): a "Yes" where the profile
     * says no or nothing, a "No" where it says yes.
     */
    private static Optional<QaFinding> authorisation(Said said, Profile profile) {
        if (said.country().isEmpty()) {
            return Optional.empty();
        }
        String code = said.country().get();
        String where = PostingCountries.name(code) + (QuestionConcepts.countryOf(said.question(), PostingContext.unknown()).isPresent()
                ? "" : ", the country of this job");
        Optional<QuestionConcepts.ProfileSays> says = QuestionConcepts.mayWorkIn(code, profile);
        String label = "'" + said.question().label() + "' is answered '" + word(said.yes()) + "'";
        if (says.isEmpty()) {
            // "No" claims nothing the profile would have to back; "Yes" does
            return said.yes() ? Optional.of(finding(said.question(), label + " but the profile does not say you may"
                    + " work in " + where + " (no nyx.workAuthorization." + code + ")")) : Optional.empty();
        }
        if (says.get().yes() == said.yes()) {
            return Optional.empty();
        }
        return Optional.of(finding(said.question(), label + " but the profile says '" + word(says.get().yes())
                + "' for working in " + where + " (" + says.get().setting() + ")"));
    }

    private static List<QaFinding> againstEarlier(Said now, List<Said> earlier) {
        List<QaFinding> findings = new ArrayList<>();
        for (Said before : earlier) {
            boolean sameCountry = now.country().equals(before.country()) || now.country().isEmpty()
                    || before.country().isEmpty();
            if (now.subject().equals(before.subject()) && now.yes() != before.yes()
                    && !now.concept().equals(REMOTE)) {
                findings.add(finding(now.question(), "'" + now.question().label() + "' ('" + word(now.yes())
                        + "') contradicts '" + before.question().label() + "' ('" + word(before.yes()) + "')"));
            } else if (now.yes() && before.yes() && sameCountry && isPair(now.concept(), before.concept())) {
                findings.add(finding(now.question(), "'" + now.question().label() + "' and '"
                        + before.question().label() + "' are both answered 'Yes': authorised to work there and"
                        + " needing a visa sponsor contradict each other"));
            }
        }
        return findings;
    }

    private static boolean isPair(String one, String other) {
        return one.equals(AUTHORISED) && other.equals(SPONSORSHIP) || one.equals(SPONSORSHIP) && other.equals(AUTHORISED);
    }

    /** "No" to "Are you open to remote work?" when the profile prefers remote work. */
    private static Optional<QaFinding> remoteFlag(Said said, Profile profile) {
        RemotePreference preferred = profile.nyx().remote();
        if (preferred == RemotePreference.ANY || said.yes() || modeOf(said.question().label()) != preferred) {
            return Optional.empty();
        }
        return Optional.of(finding(said.question(), "'" + said.question().label() + "' is answered 'No' but the"
                + " profile prefers " + preferred.name().toLowerCase(java.util.Locale.ROOT) + " work (nyx.remote)"));
    }

    /** A chosen mode ("On-site") other than the one the profile prefers. */
    private static Optional<QaFinding> remoteChoice(Question question, Answer answer, Profile profile) {
        RemotePreference preferred = profile.nyx().remote();
        if (preferred == RemotePreference.ANY || !question.type().hasOptions()
                || QuestionConcepts.yesNo(answer.value()).isPresent()) {
            return Optional.empty();
        }
        RemotePreference chosen = modeOf(answer.value());
        if (chosen == RemotePreference.ANY || chosen == preferred) {
            return Optional.empty();
        }
        return Optional.of(finding(question, "'" + question.label() + "' chooses "
                + chosen.name().toLowerCase(java.util.Locale.ROOT) + " work but the profile prefers "
                + preferred.name().toLowerCase(java.util.Locale.ROOT) + " (nyx.remote)"));
    }

    /** The working mode a label or answer names (English, German, French), or ANY when it names none. */
    private static RemotePreference modeOf(String text) {
        String normalised = " " + QuestionConcepts.normalise(text) + " ";
        if (containsAny(normalised, "hybrid", "hybride", "teletravail partiel")) {
            return RemotePreference.HYBRID;
        }
        if (containsAny(normalised, "remote", "home office", "homeoffice", "teletravail", "mobiles arbeiten",
                "telework")) {
            return RemotePreference.REMOTE;
        }
        if (containsAny(normalised, "on site", "onsite", "in office", "office", "vor ort", "buro", "prasenz",
                "sur site", "presentiel", "au bureau")) {
            return RemotePreference.ONSITE;
        }
        return RemotePreference.ANY;
    }

    private static boolean containsAny(String spacedNormalised, String... phrases) {
        for (String phrase : phrases) {
            if (spacedNormalised.contains(" " + phrase + " ")) {
                return true;
            }
        }
        return false;
    }

    private static String word(boolean yes) {
        return yes ? "Yes" : "No";
    }

    private static QaFinding finding(Question question, String reason) {
        return new QaFinding(QaFinding.Kind.CONTRADICTION, question.id(), question.label(), reason);
    }
}
