package dev.nyx.testkit.greenhouse.internal;

import java.util.List;
import java.util.Locale;

/** The places the replicas' location autocompletes offer. */
public final class Cities {
    /** A place with coordinates as the autocomplete posts them. */
    public record City(String name, String latitude, String longitude) {
    }

    public static final List<City> ALL = List.of(
            new City("Berlin, Berlin, Germany", "52.520008", "13.404954"),
            new City("Bern, Bern, Switzerland", "46.948090", "7.447440"),
            new City("London, England, United Kingdom", "51.507351", "-0.127758"),
            new City("Lyon, Auvergne-Rh\u00f4ne-Alpes, France", "45.764043", "4.835659"),
            new City("Lyons, Colorado, United States", "40.224701", "-105.271378"),
            new City("New York, New York, United States", "40.712776", "-74.005974"),
            new City("Paris, \u00cele-de-France, France", "48.856613", "2.352222"),
            new City("San Francisco, California, United States", "37.774929", "-122.419418"),
            new City("Toronto, Ontario, Canada", "43.653225", "-79.383186"));

    private Cities() {
    }

    public static List<City> matching(String term) {
        String needle = term.toLowerCase(Locale.ROOT).trim();
        return ALL.stream().filter(city -> city.name().toLowerCase(Locale.ROOT).contains(needle)).toList();
    }
}
