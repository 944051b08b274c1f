package dev.nyx.testkit.greenhouse.variants;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nyx.testkit.greenhouse.EducationSection;
import dev.nyx.testkit.greenhouse.GreenhouseQuestion;
import dev.nyx.testkit.greenhouse.GreenhouseStyle;
import dev.nyx.testkit.greenhouse.GroupMarkup;
import dev.nyx.testkit.greenhouse.LocationQuestion;
import dev.nyx.testkit.greenhouse.LocationWidget;
import dev.nyx.testkit.greenhouse.Widget;
import dev.nyx.testkit.greenhouse.internal.ClassicPage;
import dev.nyx.testkit.greenhouse.internal.JobBoardsPage;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FormVariantGeneratorTest {

    @Test
    void should_make_the_same_form_when_given_the_same_seed() {
        // given / when
        GeneratedForm first = FormVariantGenerator.generate(42);
        GeneratedForm again = FormVariantGenerator.generate(42);

        // then
        assertThat(again).isEqualTo(first);
        assertThat(FormVariantGenerator.generate(43)).isNotEqualTo(first);
    }

    @Test
    void should_vary_style_language_and_api_when_generating_many_seeds() {
        // given / when
        List<GeneratedForm> forms = LongStream.rangeClosed(1, 100).mapToObj(FormVariantGenerator::generate).toList();

        // then
        assertThat(forms).extracting(GeneratedForm::style).contains(GreenhouseStyle.CLASSIC, GreenhouseStyle.JOB_BOARDS);
        assertThat(forms).extracting(GeneratedForm::language).contains("en", "de", "fr");
        assertThat(forms).extracting(GeneratedForm::apiReachable).contains(true, false);
        Set<String> concepts = forms.stream().flatMap(form -> form.concepts().stream()).collect(Collectors.toSet());
        assertThat(concepts).contains("contact", "links", "work authorisation", "sponsorship", "visa follow-up",
                "relocation", "remote", "salary", "notice", "years of experience", "skills checklist", "education",
                "language proficiency", "how did you hear", "consent processing", "consent marketing", "eeo",
                "motivation", "system fields");
    }

    @Test
    void should_expect_system_fields_to_stay_empty_or_unchanged_when_the_form_carries_them() {
        // given
        List<GeneratedForm> forms = LongStream.rangeClosed(1, 50).mapToObj(FormVariantGenerator::generate)
                .filter(form -> form.systemFields().contains("g-recaptcha-response")).toList();

        // then
        assertThat(forms).isNotEmpty().allSatisfy(form -> {
            Expected captcha = form.expected().get("g-recaptcha-response");
            assertThat(captcha.mismatch(List.of(""))).isEmpty();
            assertThat(captcha.mismatch(List.of("an answer"))).isPresent();
        });
    }

    @Test
    void should_expect_yes_for_sponsorship_when_the_profile_may_not_work_in_the_postings_country() {
        // given: a US or UK posting (the profile lists both as not authorised)
        GeneratedForm form = LongStream.rangeClosed(1, 200).mapToObj(FormVariantGenerator::generate)
                .filter(candidate -> candidate.posting().location().matches(".*(United States|United Kingdom)"))
                .filter(candidate -> candidate.concepts().contains("sponsorship")).findFirst().orElseThrow();

        // then: sponsorship Yes ("1"), authorisation No ("0")
        assertThat(form.expected().values()).filteredOn(expected -> expected.concept().equals("sponsorship"))
                .singleElement().satisfies(expected -> assertThat(expected.values()).containsExactly("1"));
        assertThat(form.expected().values()).filteredOn(expected -> expected.concept().equals("work authorisation"))
                .singleElement().satisfies(expected -> assertThat(expected.values()).containsExactly("0"));
    }

    @Test
    void should_render_the_same_page_when_given_the_same_seed() {
        for (long seed = 1; seed <= 20; seed++) {
            // when
            String first = page(FormVariantGenerator.generate(seed));
            String again = page(FormVariantGenerator.generate(seed));

            // then
            assertThat(again).as("seed %d", seed).isEqualTo(first);
        }
    }

    @Test
    void should_use_every_widget_of_each_page_style_when_generating_100_seeds() {
        // given
        List<GeneratedForm> forms = LongStream.rangeClosed(1, 100).mapToObj(FormVariantGenerator::generate).toList();

        // then: classic select2, native select, radio group, checkbox group, type-ahead; new board react-select
        // (single and multi), native select, radio group, checkbox group; every group markup on both
        assertThat(widgets(forms, GreenhouseStyle.CLASSIC, false)).contains(Widget.SELECT2, Widget.NATIVE_SELECT,
                Widget.RADIO_GROUP, Widget.TYPE_AHEAD);
        assertThat(widgets(forms, GreenhouseStyle.CLASSIC, true)).contains(Widget.CHECKBOX_GROUP);
        assertThat(widgets(forms, GreenhouseStyle.JOB_BOARDS, false)).contains(Widget.REACT_SELECT,
                Widget.NATIVE_SELECT, Widget.RADIO_GROUP);
        assertThat(widgets(forms, GreenhouseStyle.JOB_BOARDS, true)).contains(Widget.REACT_SELECT,
                Widget.CHECKBOX_GROUP, Widget.NATIVE_SELECT);
        for (GreenhouseStyle style : List.of(GreenhouseStyle.CLASSIC, GreenhouseStyle.JOB_BOARDS)) {
            Set<GroupMarkup> markups = EnumSet.noneOf(GroupMarkup.class);
            forms.stream().filter(form -> form.style() == style).flatMap(form -> form.posting().questions().stream())
                    .filter(question -> question.widget() == Widget.RADIO_GROUP
                            || question.widget() == Widget.CHECKBOX_GROUP)
                    .forEach(question -> markups.add(question.group()));
            assertThat(markups).as(style.name()).containsExactlyInAnyOrder(GroupMarkup.values());
        }
    }

    @Test
    void should_ask_the_location_and_the_education_block_in_every_variant_when_generating_100_seeds() {
        // given
        List<GeneratedForm> forms = LongStream.rangeClosed(1, 100).mapToObj(FormVariantGenerator::generate).toList();

        // then
        assertThat(forms).extracting(form -> form.posting().locationQuestion())
                .contains(LocationQuestion.NONE, LocationQuestion.OPTIONAL, LocationQuestion.REQUIRED);
        assertThat(locationWidgets(forms, GreenhouseStyle.CLASSIC))
                .containsExactlyInAnyOrder(LocationWidget.DEFAULT, LocationWidget.PLAIN_TEXT);
        assertThat(locationWidgets(forms, GreenhouseStyle.JOB_BOARDS))
                .containsExactlyInAnyOrder(LocationWidget.values());
        for (GreenhouseStyle style : List.of(GreenhouseStyle.CLASSIC, GreenhouseStyle.JOB_BOARDS)) {
            List<EducationSection> sections = forms.stream().filter(form -> form.style() == style)
                    .flatMap(form -> form.posting().education().stream()).toList();
            assertThat(sections).as(style.name()).extracting(EducationSection::school)
                    .contains(Widget.DEFAULT, Widget.TYPE_AHEAD);
            assertThat(sections).extracting(EducationSection::dates).contains(true, false);
            assertThat(sections).extracting(EducationSection::required).contains(true, false);
        }
        assertThat(forms.stream().flatMap(form -> form.concepts().stream())).contains("location", "education section");
    }

    @Test
    void should_expect_the_profiles_city_and_education_when_the_form_asks_them() {
        // given
        List<GeneratedForm> forms = LongStream.rangeClosed(1, 100).mapToObj(FormVariantGenerator::generate).toList();

        // then: a suggestion list gives the city's suggestion and coordinates, a plain input text naming it
        GeneratedForm typeAhead = forms.stream().filter(form -> form.posting().locationQuestion() != LocationQuestion.NONE
                && form.posting().locationWidget() == LocationWidget.DEFAULT && form.style() == GreenhouseStyle.CLASSIC)
                .findFirst().orElseThrow();
        assertThat(typeAhead.expected().get("job_application[location]").values())
                .containsExactly(VariantProfile.CITY_SUGGESTION);
        assertThat(typeAhead.expected().get("job_application[latitude]").values())
                .containsExactly(VariantProfile.CITY_LATITUDE);
        GeneratedForm plain = forms.stream().filter(form -> form.posting().locationQuestion() != LocationQuestion.NONE
                && form.posting().locationWidget() == LocationWidget.PLAIN_TEXT && form.style() == GreenhouseStyle.JOB_BOARDS)
                .findFirst().orElseThrow();
        Expected city = plain.expected().get("location");
        assertThat(city.mismatch(List.of("Lyon, France"))).isEmpty();
        assertThat(city.mismatch(List.of("Lyon"))).isEmpty();
        assertThat(city.mismatch(List.of("Lyons, Colorado"))).isPresent();
        // the education block: the profile's school, degree and discipline among the options, months as numbers
        GeneratedForm educated = forms.stream().filter(form -> form.posting().education()
                .filter(EducationSection::dates).isPresent() && form.style() == GreenhouseStyle.CLASSIC)
                .findFirst().orElseThrow();
        EducationSection section = educated.posting().education().orElseThrow();
        assertThat(educated.expected().get(EducationSection.posted(GreenhouseStyle.CLASSIC,
                EducationSection.Part.SCHOOL)).values()).containsExactly(section.schools().stream()
                .filter(option -> option.label().equals(VariantProfile.SCHOOL)).findFirst().orElseThrow().value());
        Expected startMonth = educated.expected().get(EducationSection.posted(GreenhouseStyle.CLASSIC,
                EducationSection.Part.START_MONTH));
        assertThat(startMonth.mismatch(List.of("09"))).isEmpty();
        assertThat(startMonth.mismatch(List.of("9"))).isEmpty();
        assertThat(startMonth.mismatch(List.of("10"))).isPresent();
    }

    @Test
    void should_expect_only_fields_the_page_posts_and_options_it_offers_when_generating_100_seeds() {
        for (long seed = 1; seed <= 100; seed++) {
            // given
            GeneratedForm form = FormVariantGenerator.generate(seed);
            String html = page(form) + form.systemFields();
            Set<String> offered = offeredValues(form);

            // then: every expected field is a name the page posts; every exact value is an offered option
            // value (or text/number an applicant types)
            for (Map.Entry<String, Expected> entry : form.expected().entrySet()) {
                Expected expected = entry.getValue();
                if (!expected.values().isEmpty() || expected.kind() != Expected.Kind.EXACT) {
                    assertThat(html.contains("name=\"" + entry.getKey() + "\"")
                            || html.contains("data-name=\"" + entry.getKey() + "\""))
                            .as("seed %d field %s is posted by the page", seed, entry.getKey()).isTrue();
                }
                assertThat(expected.concept()).isNotBlank();
                assertThat(expected.label()).isNotBlank();
                if (expected.kind() != Expected.Kind.EXACT) {
                    assertThat(expected.values().size()).as("seed %d field %s", seed, entry.getKey())
                            .isLessThanOrEqualTo(1);
                }
            }
            for (GreenhouseQuestion question : form.posting().questions()) {
                Expected expected = form.expected().get(dev.nyx.testkit.greenhouse.internal.FieldNames.posted(
                        form.style(), form.posting(), question.field().name()));
                if (expected != null && question.kind().hasOptions()) {
                    assertThat(offered).as("seed %d question %s", seed, question.label())
                            .containsAll(expected.values());
                }
            }
        }
    }

    @Test
    void should_label_a_group_by_its_question_when_rendering_each_group_markup() {
        // given
        List<GreenhouseQuestion> grouped = LongStream.rangeClosed(1, 100).mapToObj(FormVariantGenerator::generate)
                .filter(form -> form.style() == GreenhouseStyle.JOB_BOARDS)
                .flatMap(form -> form.posting().questions().stream())
                .filter(question -> question.widget() == Widget.RADIO_GROUP && question.group() == GroupMarkup.ROLE_GROUP)
                .toList();

        // then
        assertThat(grouped).isNotEmpty();
        GeneratedForm form = LongStream.rangeClosed(1, 100).mapToObj(FormVariantGenerator::generate)
                .filter(candidate -> candidate.posting().questions().contains(grouped.get(0))).findFirst().orElseThrow();
        String name = grouped.get(0).field().name();
        assertThat(page(form)).contains("<div id=\"" + name + "-label\" class=\"label question-title\">")
                .contains("role=\"radiogroup\" aria-labelledby=\"" + name + "-label\"");
    }

    private static Set<Widget> widgets(List<GeneratedForm> forms, GreenhouseStyle style, boolean multi) {
        Set<Widget> widgets = EnumSet.noneOf(Widget.class);
        forms.stream().filter(form -> form.style() == style).flatMap(form -> form.posting().questions().stream())
                .filter(question -> question.kind().hasOptions())
                .filter(question -> multi == question.field().name().endsWith("[]"))
                .forEach(question -> widgets.add(question.widget()));
        return widgets;
    }

    private static Set<LocationWidget> locationWidgets(List<GeneratedForm> forms, GreenhouseStyle style) {
        return forms.stream().filter(form -> form.style() == style
                        && form.posting().locationQuestion() != LocationQuestion.NONE)
                .map(form -> form.posting().locationWidget()).collect(Collectors.toSet());
    }

    private static Set<String> offeredValues(GeneratedForm form) {
        Set<String> values = new java.util.HashSet<>();
        form.posting().questions().forEach(question -> question.fields()
                .forEach(field -> field.values().forEach(option -> values.add(option.value()))));
        return values;
    }

    private static String page(GeneratedForm form) {
        return form.style() == GreenhouseStyle.CLASSIC
                ? ClassicPage.render("http://127.0.0.1:1/boards.greenhouse.io", form.posting(), "csrf", Optional.empty())
                : JobBoardsPage.render("http://127.0.0.1:1/job-boards.greenhouse.io", form.posting(), Map.of(),
                        Optional.empty());
    }
}
