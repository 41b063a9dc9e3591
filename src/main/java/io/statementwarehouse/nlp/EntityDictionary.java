package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One Aho-Corasick automaton over every surface form of the reference data (country names, short
 * forms, demonyms and capitals; organization aliases; person names and variants), so a sentence is
 * scanned once whatever the size of the dictionary. Overlaps resolve to the longest match, then the
 * leftmost. Matching is case-sensitive on purpose: "US" is the country, "us" the pronoun.
 */
final class EntityDictionary {

    /** A dictionary hit: {@code [start, end)} in the scanned text. */
    record Hit(int start, int end, String surface, List<DictionaryEntry> entries) {
    }

    private final KeywordAutomaton automaton;
    private final Map<String, List<DictionaryEntry>> entries = new HashMap<>();
    /** The surface forms, in the automaton's keyword order, and their entries. */
    private final String[] surfaces;
    private final List<List<DictionaryEntry>> entriesOf;

    EntityDictionary(ReferenceData reference) {
        for (Country c : reference.countries().values()) {
            add(c.name(), new DictionaryEntry(MentionKind.COUNTRY, c.iso3(), null, false, false));
            add(c.officialName(), new DictionaryEntry(MentionKind.COUNTRY, c.iso3(), null, false, false));
            for (String a : c.aliases()) {
                add(a, new DictionaryEntry(MentionKind.COUNTRY, c.iso3(), null, false, false));
            }
            for (String d : c.demonyms()) {
                add(d, new DictionaryEntry(MentionKind.COUNTRY, c.iso3(), null, false, false));
            }
            if (c.capital() != null) {
                add(c.capital(), new DictionaryEntry(MentionKind.COUNTRY, c.iso3(), null, false, true));
            }
        }
        for (Organization o : reference.organizations().values()) {
            if ("ARMED_GROUP".equals(o.kind())) {
                // Not an international organization or group in the sense of EXTRACTION.md section 5: known, not counted.
                // "Lebanese Hezbollah", "Palestinian Islamic Jihad": the demonym still names its country.
                java.util.stream.Stream.concat(java.util.stream.Stream.of(o.name()), o.aliases().stream())
                        .filter(a -> !startsWithCountry(a))
                        .forEach(a -> add(a, DictionaryEntry.BLOCKED));
                continue;
            }
            add(o.name(), new DictionaryEntry(MentionKind.ORGANIZATION, o.code(), null, false, false));
            for (String a : o.aliases()) {
                add(a, new DictionaryEntry(MentionKind.ORGANIZATION, o.code(), null, false, false));
            }
        }
        for (PersonRole r : reference.personRoles()) {
            addPerson(r.name(), r.personId());
            for (String v : r.variants()) {
                addPerson(v, r.personId());
            }
        }
        // Names that contain a country name but are something else ("New Jersey", "South China Sea"):
        // as the longest match they win, and then stand for nothing.
        for (String blocked : reference.notEntities()) {
            add(blocked, DictionaryEntry.BLOCKED);
        }
        this.surfaces = entries.keySet().toArray(String[]::new);
        this.entriesOf = java.util.Arrays.stream(surfaces).map(entries::get).toList();
        this.automaton = new KeywordAutomaton(List.of(surfaces), false);
    }

    /** Variants that start with a title: the title is matched by the text around a name, not as part of it. */
    private static final java.util.regex.Pattern TITLED = java.util.regex.Pattern.compile(
            "^(?:President|Vice President|Vice Premier|Premier|Prime Minister|Deputy Prime Minister|Secretary|Chancellor|"
                    + "Foreign Minister|Minister|State Councilor|General Secretary|Crown Prince|King|Queen|Emir)\\s");

    private boolean startsWithCountry(String surface) {
        String first = surface.strip().split("\\s+")[0];
        List<DictionaryEntry> known = entries.get(first);
        return known != null && known.stream().anyMatch(e -> e.kind() == MentionKind.COUNTRY);
    }

    private void addPerson(String surface, String personId) {
        if (surface == null || TITLED.matcher(surface).find()) {
            return;
        }
        boolean single = surface != null && !surface.strip().contains(" ");
        add(surface, new DictionaryEntry(MentionKind.PERSON, null, personId, single, false));
    }

    private void add(String surface, DictionaryEntry entry) {
        if (surface == null || surface.isBlank()) {
            return;
        }
        String s = surface.strip();
        List<DictionaryEntry> list = entries.computeIfAbsent(s, k -> new ArrayList<>(1));
        if (!list.contains(entry)) {
            list.add(entry);
        }
        // Typographic and straight apostrophes both occur in the feeds.
        if (s.indexOf('\'') >= 0) {
            add(s.replace('\'', '\u2019'), entry);
        }
    }

    List<Hit> scan(String text) {
        List<Hit> hits = new ArrayList<>();
        automaton.scanWords(text, (start, end, k) -> hits.add(new Hit(start, end, surfaces[k], entriesOf.get(k))));
        if (hits.size() <= 1) {
            return hits;
        }
        hits.sort(LONGEST_FIRST);
        List<Hit> kept = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        for (Hit h : hits) {
            boolean free = true;
            for (int i = h.start(); i < h.end() && free; i++) {
                free = !taken[i];
            }
            if (free) {
                for (int i = h.start(); i < h.end(); i++) {
                    taken[i] = true;
                }
                kept.add(h);
            }
        }
        kept.sort(BY_START);
        return kept;
    }

    private static final Comparator<Hit> LONGEST_FIRST = Comparator.comparingInt((Hit h) -> h.end() - h.start()).reversed()
            .thenComparingInt(Hit::start);
    private static final Comparator<Hit> BY_START = Comparator.comparingInt(Hit::start);

}
