package dev.nyx.core.interview.internal;

import dev.nyx.core.match.MatchResult;
import dev.nyx.model.JobPosting;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The questions an interview for a posting will likely ask, from the posting and its match: the
 * opening ones, one per skill the candidate shares with the posting, one per skill the candidate
 * lacks, one per requirement bullet of the description, and the closing ones. Posting text is
 * quoted as data, never followed. Stateless; not part of the API.
 */
public final class LikelyQuestions {
    private static final int SHARED_SKILLS = 3;
    private static final int MISSING_SKILLS = 2;
    private static final int REQUIREMENTS = 3;
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•·–]|\\d{1,2}[.)])\\s+(.{15,160}?)\\s*$");

    private LikelyQuestions() {
    }

    public static List<String> of(JobPosting posting, MatchResult match) {
        List<String> questions = new ArrayList<>();
        questions.add("Walk us through your background: how did it lead you to the " + posting.title() + " role?");
        questions.add("Why " + posting.company() + ", and why now?");
        match.matchedSkills().stream().limit(SHARED_SKILLS).forEach(skill -> questions.add(
                "Tell us about a project where you used " + skill + ": what was your part, and what came of it?"));
        match.missingSkills().stream().limit(MISSING_SKILLS).forEach(skill -> questions.add("The role involves "
                + skill + ", which your profile does not list: how would you get up to speed?"));
        requirements(posting.description()).stream().limit(REQUIREMENTS).forEach(requirement -> questions.add(
                "How does your experience meet this requirement: \"" + requirement + "\"?"));
        questions.add("Tell us about a hard problem you solved recently, and how you went about it.");
        questions.add("What would you like to know about the team and the role?");
        return List.copyOf(questions);
    }

    /** The description's bullet lines, without their bullets. */
    static List<String> requirements(String description) {
        List<String> lines = new ArrayList<>();
        for (String line : description.split("\\R")) {
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                lines.add(bullet.group(1).strip());
            }
        }
        return lines;
    }
}
