package io.statementwarehouse.nlp;

import java.util.List;

/** A country as the reference data knows it: codes, names, demonyms and its capital. */
public record Country(String iso3, String iso2, String name, String officialName, List<String> aliases,
                     List<String> demonyms, String capital) {
}
