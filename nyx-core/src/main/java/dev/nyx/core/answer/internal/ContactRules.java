package dev.nyx.core.answer.internal;

import dev.nyx.model.profile.Profile;
import dev.nyx.model.profile.SocialProfile;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Rules for who the candidate is and how to reach them: names, email, phone, links, where they live. */
final class ContactRules {
    private ContactRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.regex("preferred-name", "\\b(preferred|chosen|rufname|bevorzugter)\\b.*\\b(name|vorname)\\b|"
                        + "\\bprenom d usage\\b|\\brufname\\b", ContactRules::preferredName),
                Rule.regex("email", "\\b(e ?mail|email address|e mail adresse|courriel|adresse e mail)\\b",
                        asked -> text(asked.profile().basics().email(), "basics.email")),
                Rule.regex("phone-country-code", "\\b(country|dial(ling)?|calling|phone) (phone )?code\\b|"
                        + "\\blandervorwahl\\b|\\bindicatif\\b", ContactRules::callingCode),
                new Rule("phone", asked -> asked.matches("\\b(phone|telephone|mobile|cell|telefon|telefonnummer|"
                        + "handynummer|mobilnummer|portable)\\b") && !asked.mentions("extension", "type", "device",
                        "durchwahl"), asked -> asked.profile().basics().phone()
                        .map(phone -> new Fact.Text(phone, List.of("basics.phone")))),
                Rule.regex("linkedin", "\\blinked ?in\\b", asked -> network(asked.profile(), "linkedin")),
                Rule.regex("github", "\\bgit ?hub\\b", asked -> network(asked.profile(), "github")),
                Rule.regex("website", "\\b(portfolio|website|personal site|homepage|web site|webseite|site web|"
                        + "site internet|personal url|other url|blog)\\b", ContactRules::website),
                Rule.regex("first-name", "\\b(first name|given name|forename|vorname|prenom)\\b",
                        asked -> text(asked.profile().firstName(), "nyx.firstName")),
                Rule.regex("last-name", "\\b(last name|surname|family name|nachname|familienname|nom de famille)\\b"
                        + "|^nom$", asked -> text(asked.profile().lastName(), "nyx.lastName")),
                Rule.regex("full-name", "^(full |legal |your )?name$|\\bfull name\\b|\\blegal name\\b|"
                        + "\\bvollstandiger name\\b|^name vorname$|\\bnom complet\\b",
                        asked -> text(asked.profile().fullName(), "basics.name")),
                Rule.regex("postal-code", "\\b(postal code|post code|postcode|zip|zip code|postleitzahl|plz|"
                        + "code postal)\\b", asked -> asked.profile().basics().location().postalCode()
                        .map(code -> new Fact.Text(code, List.of("basics.location.postalCode")))),
                new Rule("address", asked -> asked.matches("\\b(street address|address line 1|address|anschrift|"
                        + "strasse|adresse)\\b") && !asked.matches("\\b(line|zeile|ligne) ?[2-9]\\b|\\bip\\b"),
                        asked -> asked.profile().basics().location().address()
                                .map(address -> new Fact.Text(address, List.of("basics.location.address")))),
                Rule.regex("region", "\\b(state|province|region|bundesland)\\b", asked -> asked.profile().basics()
                        .location().region().map(region -> new Fact.Text(region, List.of("basics.location.region")))),
                Rule.regex("city", "\\b(city|town|stadt|wohnort|ville)\\b", asked -> asked.profile().basics()
                        .location().city().map(city -> new Fact.Text(city, List.of("basics.location.city")))),
                Rule.regex("country", "^(country|country of residence|land|wohnsitzland|pays|pays de residence|"
                        + "which country do you live in|in which country do you live|country region)$",
                        ContactRules::country),
                Rule.regex("location", "^(current )?location( city)?$|\\bcurrent location\\b|\\bwhere are you (currently )?(based|located)\\b"
                        + "|^standort$|^ort$|^localisation$|\\bwhere do you live\\b", ContactRules::location));
    }

    private static Optional<Fact> text(String value, String path) {
        return value.isBlank() ? Optional.empty() : Optional.of(new Fact.Text(value, List.of(path)));
    }

    private static Optional<Fact> preferredName(Asked asked) {
        // a preferred name is not in the profile: the first name is the name the candidate goes by
        return text(asked.profile().firstName(), "nyx.firstName");
    }

    private static Optional<Fact> callingCode(Asked asked) {
        Profile profile = asked.profile();
        Optional<String> code = profile.basics().phone().flatMap(Countries::callingCodeOfNumber);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        List<String> spellings = new java.util.ArrayList<>(List.of("+" + code.get()));
        profile.basics().location().countryCode()
                .filter(country -> Countries.callingCode(country).equals(code))
                .ifPresent(country -> spellings.addAll(Countries.names(country).stream()
                        .map(name -> name + " +" + code.get()).toList()));
        return Optional.of(new Fact.Choice(spellings, List.of("basics.phone")));
    }

    private static Optional<Fact> network(Profile profile, String network) {
        for (int index = 0; index < profile.basics().profiles().size(); index++) {
            SocialProfile social = profile.basics().profiles().get(index);
            if (social.network().replace(" ", "").toLowerCase(Locale.ROOT).equals(network) && social.url().isPresent()) {
                return Optional.of(new Fact.Text(social.url().get().toString(),
                        List.of("basics.profiles[" + index + "].url")));
            }
        }
        return Optional.empty();
    }

    private static Optional<Fact> website(Asked asked) {
        return asked.profile().basics().url().map(URI::toString).map(url -> new Fact.Text(url, List.of("basics.url")));
    }

    private static Optional<Fact> country(Asked asked) {
        return asked.profile().basics().location().countryCode()
                .filter(code -> !Countries.names(code).isEmpty())
                .map(code -> new Fact.Choice(Countries.names(code), List.of("basics.location.countryCode")));
    }

    private static Optional<Fact> location(Asked asked) {
        var location = asked.profile().basics().location();
        if (location.city().isEmpty()) {
            return Optional.empty();
        }
        String city = location.city().get();
        Optional<String> country = location.countryCode().map(Countries::names).filter(names -> !names.isEmpty())
                .map(names -> names.get(0));
        List<String> spellings = country.map(name -> List.of(city + ", " + name, city)).orElse(List.of(city));
        List<String> used = country.isPresent() ? List.of("basics.location.city", "basics.location.countryCode")
                : List.of("basics.location.city");
        return Optional.of(new Fact.Choice(spellings, used));
    }
}
