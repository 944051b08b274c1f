package dev.nyx.testkit.greenhouse;

import static java.util.Objects.requireNonNull;

import dev.nyx.spi.ErrorCode;
import dev.nyx.spi.NyxException;
import java.util.List;

/**
 * Greenhouse's own education block (not in the Job Board API's questions; posted as
 * {@code educations[]}, ATS-NOTES 1.3 to 1.5): school, degree and discipline as choices, start and
 * end month and year. Classic: {@code #education_section div.education} with select2 selects and
 * {@code MM}/{@code YYYY} text inputs; new board: {@code div.education--container > div.education--form}
 * with react-selects {@code school--0}, {@code degree--0}, {@code discipline--0}, month react-selects
 * {@code start-month--0}/{@code end-month--0} and number inputs {@code start-year--0}/{@code end-year--0}.
 *
 * @param required    whether school and degree (and, with dates, the start year) must be given
 * @param school      {@link Widget#DEFAULT} (a list) or {@link Widget#TYPE_AHEAD} (lists only after typing)
 * @param schools     the schools offered
 * @param degrees     the degrees offered
 * @param disciplines the disciplines offered
 * @param dates       whether start and end month and year are asked
 * @param ariaLabels  classic only: the date inputs are named by {@code aria-label} instead of visually
 *                    hidden {@code label}s under a {@code fieldset}/{@code legend}
 */
public record EducationSection(boolean required, Widget school, List<GreenhouseOption> schools,
                               List<GreenhouseOption> degrees, List<GreenhouseOption> disciplines, boolean dates,
                               boolean ariaLabels) {
    /** The parts of an education entry, in page order, and their posted names' keys. */
    public enum Part {
        SCHOOL("school_name_id"), DEGREE("degree_id"), DISCIPLINE("discipline_id"),
        START_MONTH("start_date][month"), START_YEAR("start_date][year"),
        END_MONTH("end_date][month"), END_YEAR("end_date][year");

        private final String key;

        Part(String key) {
            this.key = key;
        }
    }

    public EducationSection {
        requireNonNull(school, "school is null");
        schools = List.copyOf(schools);
        degrees = List.copyOf(degrees);
        disciplines = List.copyOf(disciplines);
        if (school != Widget.DEFAULT && school != Widget.TYPE_AHEAD) {
            throw new NyxException(ErrorCode.INVALID_CONFIGURATION, "the school is a list or a type-ahead, not " + school);
        }
    }

    /** The name a page style posts a part under: classic {@code job_application[educations][][...]}, new board {@code educations[0][...]}. */
    public static String posted(GreenhouseStyle style, Part part) {
        return style == GreenhouseStyle.CLASSIC ? "job_application[educations][][" + part.key + "]"
                : "educations[0][" + part.key + "]";
    }
}
