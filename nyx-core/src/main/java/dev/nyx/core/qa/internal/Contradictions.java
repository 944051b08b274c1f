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
 *   <li>authorised to work in a country (the one the question names, else the posting's) vs. the
 *       profile's {@code nyx.workAuthorization} for it; "Yes" for a country the profile does not list
 *       is flagged too;</li>
 *   <li>needs sponsorship vs. {@code nyx.requiresSponsorship}; for a country the profile neither lists
 *       nor lives in, "No" (needs no visa there) is flagged: the flag is not about that country;</li>
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
                if (aboutAnotherCountry(said, profile)) {
                    return unbackedNoVisa(said);
                }
                fact = profile.nyx().requiresSponsorship();
                setting = "nyx.requiresSponsorship";
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
     * Whether a visa or sponsorship question is about a country the profile neither lists in
     * {@code nyx.workAuthorization} nor lives in: {@code nyx.requiresSponsorship} says nothing about it.
     */
    private static boolean aboutAnotherCountry(Said said, Profile profile) {
        if (said.country().isEmpty()) {
            return false;
        }
        String code = said.country().get();
        boolean home = profile.basics().location().countryCode().map(code::equalsIgnoreCase).orElse(false);
        return !home && !profile.nyx().workAuthorization().containsKey(code);
    }

    /** "No, I need no visa" for a country the profile does not say the candidate may work in is not backed. */
    private static Optional<QaFinding> unbackedNoVisa(Said said) {
        if (said.yes()) {
            return Optional.empty();
        }
        String code = said.country().orElseThrow();
        return Optional.of(finding(said.question(), "'" + said.question().label() + "' is answered '" + word(false)
                + "' but the profile does not say you may work in " + PostingCountries.name(code)
                + " without a visa (no nyx.workAuthorization." + code + "; nyx.requiresSponsorship is about the"
                + " countries you may work in)"));
    }

    /**
     * The answer against {@code nyx.workAuthorization} for the country the question means (the one it
     * names, else the posting's): a "Yes" where the profile says no or lists nothing, a "No" where it says yes.
     */
    private static Optional<QaFinding> authorisation(Said said, Profile profile) {
        if (said.country().isEmpty()) {
            return Optional.empty();
        }
        String code = said.country().get();
        String setting = "nyx.workAuthorization." + code;
        String where = PostingCountries.name(code) + (QuestionConcepts.countryOf(said.question(), PostingContext.unknown()).isPresent()
                ? "" : ", the country of this job");
        Optional<Boolean> fact = Optional.ofNullable(profile.nyx().workAuthorization().get(code));
        String label = "'" + said.question().label() + "' is answered '" + word(said.yes()) + "'";
        if (fact.isEmpty()) {
            // "No" claims nothing the profile would have to back; "Yes" does
            return said.yes() ? Optional.of(finding(said.question(), label + " but the profile does not say you may"
                    + " work in " + where + " (no " + setting + ")")) : Optional.empty();
        }
        if (fact.get() == said.yes()) {
            return Optional.empty();
        }
        return Optional.of(finding(said.question(), label + " but the profile says '" + word(fact.get())
                + "' for working in " + where + " (" + setting + ")"));
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

    private static RemotePreference modeOf(String text) {
        String normalised = " " + QuestionConcepts.normalise(text) + " ";
        if (normalised.contains(" hybrid ")) {
            return RemotePreference.HYBRID;
        }
        if (normalised.contains(" remote ") || normalised.contains(" home office ")
                || normalised.contains(" teletravail ")) {
            return RemotePreference.REMOTE;
        }
        if (normalised.contains(" on site ") || normalised.contains(" onsite ") || normalised.contains(" in office ")
                || normalised.contains(" office ")) {
            return RemotePreference.ONSITE;
        }
        return RemotePreference.ANY;
    }

    private static String word(boolean yes) {
        return yes ? "Yes" : "No";
    }

    private static QaFinding finding(Question question, String reason) {
        return new QaFinding(QaFinding.Kind.CONTRADICTION, question.id(), question.label(), reason);
    }
}
