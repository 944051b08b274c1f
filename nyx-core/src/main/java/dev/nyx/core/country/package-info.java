/**
 * Countries of postings: {@link dev.nyx.core.country.PostingCountries} reads the country a
 * posting's location text is in ("Berlin, Germany", "Austin, TX"), never guessing one. Used by the
 * answer rules and QA (which work authorisation applies) and by matching (location and
 * authorisation constraints), so it depends on none of them: only on the JDK.
 */
package dev.nyx.core.country;
