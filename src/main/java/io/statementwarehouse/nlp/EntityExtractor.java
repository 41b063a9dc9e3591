package io.statementwarehouse.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds countries, organizations and persons in a release's title and sentences, and keeps the
 * capitalized names the reference data does not know as unresolved mentions.
 */
public final class EntityExtractor {

    /** Words before a capital that make it a place rather than the government it stands for. */
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile("(?i)"
            + "(?:\\b(?:in|to|from|at|near|into|visit|visits|visited|visiting|arrive|arrived|arrives|via|across|outside|around|toward|towards)\\s+(?:the\\s+)?)$");
    private static final Pattern PLACE_AFTER = Pattern.compile("^(?:,\\s+[A-Z][a-z]|,?\\s+D\\.C\\.|\\s+(?:State|Post|Times|Airport|Summit|Conference)\\b)");
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?:\\b(?:President|Presidents|Minister|Premier|Secretary|Chancellor|Vice|Prime|King|Queen|Prince|Emir|Sheikh|Ambassador|"
                    + "Envoy|Mr\\.|Ms\\.|Mrs\\.|Dr\\.|Senator|Governor|General|Gen\\.|Chairman|Chair|Director|Commissioner|Spokesperson|Leader|Counselor|Advisor|Adviser|Pope|Sultan)\\s+)$");
    /** A capitalized name word; an apostrophe only inside it (O'Brien), never a possessive. */
    private static final String NAME_WORD = "[A-Z][\\p{L}\\-]*(?:['’][A-Z][\\p{L}\\-]+)?";
    /** A title followed by a capitalized name: a person, whether or not the reference data knows them. */
    private static final Pattern TITLED_NAME = Pattern.compile(
            "\\b(?:President|Vice President|Prime Minister|Deputy Prime Minister|Foreign Minister|Defense Minister|Defence Minister|Minister|"
                    + "Premier|Vice Premier|Chancellor|King|Queen|Crown Prince|Prince|Emir|Sheikh|Ambassador|Special Envoy|Envoy|Senator|Governor|"
                    + "Secretary-General|Secretary General|Secretary|Chairman|Chairwoman|Chair|Commissioner|Spokesperson|Mr\\.|Ms\\.|Mrs\\.|Dr\\.)\\s+"
                    + "((?:[A-Z]\\.|" + NAME_WORD + ")(?:\\s+(?:[A-Z]\\.|" + NAME_WORD + "|bin|bint|al|Al|de|da|van|von|der|el|El)){0,4})");
    /** Capitalized phrases ending in an institution noun: organization-like names. */
    private static final Pattern ORG_LIKE = Pattern.compile(
            "\\b((?:[A-Z][\\p{L}'’\\-]+\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?){1,6}"
                    + "(?:Organization|Organisation|Union|Council|Agency|Bank|Fund|Forum|Alliance|Association|Commission|Committee|"
                    + "Corporation|Institute|Initiative|Partnership|Programme|Coalition|Movement|Front|Party|Mission))\\b");
    private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "These", "Those", "His", "Her", "Their", "Our",
            "President", "Prime", "Minister", "Secretary", "Vice", "Foreign", "Deputy", "State", "Defense", "General", "In", "On",
            "And", "Also", "He", "She", "They", "We", "It", "Both", "Administration", "Government");

    private final EntityDictionary dictionary;
    private final ReferenceData reference;

    public EntityExtractor(ReferenceData reference) {
        this.reference = reference;
        this.dictionary = new EntityDictionary(reference);
    }

    /** Mentions of the title (sentence -1) and of every sentence, in text order. */
    public List<Mention> extract(String title, List<Sentence> sentences, LocalDate releaseDate) {
        List<Mention> out = new ArrayList<>();
        Set<String> fullNamesSeen = new HashSet<>();
        Map<String, String> shortForms = new HashMap<>();
        if (title != null && !title.isBlank()) {
            scan(title, 0, Mention.TITLE, releaseDate, fullNamesSeen, shortForms, out);
        }
        for (Sentence s : sentences) {
            scan(s.text(), s.start(), s.index(), releaseDate, fullNamesSeen, shortForms, out);
        }
        return out;
    }

    private void scan(String text, int offset, int sentenceNo, LocalDate date, Set<String> fullNamesSeen,
                      Map<String, String> shortForms, List<Mention> out) {
        List<Mention> found = new ArrayList<>();
        boolean[] covered = new boolean[text.length() + 1];
        for (EntityDictionary.Hit hit : dictionary.scan(text)) {
            Mention m = resolve(hit, text, offset, sentenceNo, date, fullNamesSeen);
            if (m != null) {
                found.add(m);
                for (int i = hit.start(); i < hit.end(); i++) {
                    covered[i] = true;
                }
            }
        }
        addShortForms(shortForms, text, offset, sentenceNo, covered, found);
        int before = found.size();
        addUnresolved(TITLED_NAME, MentionKind.PERSON, text, offset, sentenceNo, covered, found);
        for (Mention m : found.subList(before, found.size())) {
            registerShortForms(m.normalized(), shortForms);
        }
        addUnresolved(ORG_LIKE, MentionKind.ORGANIZATION, text, offset, sentenceNo, covered, found);
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        out.addAll(found);
    }

    private Mention resolve(EntityDictionary.Hit hit, String text, int offset, int sentenceNo, LocalDate date,
                            Set<String> fullNamesSeen) {
        DictionaryEntry entry = pick(hit.entries(), date, fullNamesSeen, text, hit.start());
        if (entry == null) {
            return null;
        }
        String before = text.substring(Math.max(0, hit.start() - 30), hit.start());
        String after = text.substring(hit.end(), Math.min(text.length(), hit.end() + 20));
        if (entry.capital()) {
            // A capital counts for its country only when it stands for the government.
            if (LOCATIVE_BEFORE.matcher(before).find() || PLACE_AFTER.matcher(after).find()) {
                return null;
            }
        }
        int start = offset + hit.start();
        int end = offset + hit.end();
        if (entry.kind() == MentionKind.PERSON) {
            PersonRole role = reference.roleOn(entry.personId(), date);
            if (!entry.shortForm()) {
                fullNamesSeen.add(entry.personId());
            }
            return new Mention(sentenceNo, start, end, MentionKind.PERSON, hit.surface(), role.name(), true,
                    role.country(), role.actorKey());
        }
        return new Mention(sentenceNo, start, end, entry.kind(), hit.surface(), entry.code(), true, null, 0);
    }

    /**
     * Chooses among the meanings of a surface. A bare family name needs support: the full name earlier
     * in the release, a title just before it, or being the only person of that name in office that day.
     */
    private DictionaryEntry pick(List<DictionaryEntry> entries, LocalDate date, Set<String> fullNamesSeen, String text, int at) {
        DictionaryEntry nonPerson = null;
        List<DictionaryEntry> persons = new ArrayList<>();
        for (DictionaryEntry e : entries) {
            if (e.kind() == MentionKind.PERSON) {
                persons.add(e);
            } else if (nonPerson == null) {
                nonPerson = e;
            }
        }
        if (nonPerson != null) {
            return nonPerson;
        }
        List<DictionaryEntry> full = persons.stream().filter(e -> !e.shortForm()).toList();
        if (!full.isEmpty()) {
            return full.stream().filter(e -> reference.hasRoleOn(e.personId(), date)).findFirst().orElse(full.get(0));
        }
        List<DictionaryEntry> seen = persons.stream().filter(e -> fullNamesSeen.contains(e.personId())).toList();
        if (!seen.isEmpty()) {
            return seen.get(0);
        }
        boolean titled = TITLE_BEFORE.matcher(text.substring(Math.max(0, at - 30), at)).find();
        List<DictionaryEntry> inOffice = persons.stream().filter(e -> reference.hasRoleOn(e.personId(), date))
                .map(DictionaryEntry::personId).distinct()
                .map(id -> persons.stream().filter(e -> e.personId().equals(id)).findFirst().orElseThrow()).toList();
        if (inOffice.size() == 1 && (titled || isCapitalizedWord(text, at))) {
            return inOffice.get(0);
        }
        return null;
    }

    private static boolean isCapitalizedWord(String text, int at) {
        return at < text.length() && Character.isUpperCase(text.charAt(at));
    }

    private static void addUnresolved(Pattern pattern, MentionKind kind, String text, int offset, int sentenceNo,
                                      boolean[] covered, List<Mention> found) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int s = m.start(1);
            int e = m.end(1);
            String name = m.group(1);
            String firstWord = name.split("\\s+")[0];
            if (NOT_NAMES.contains(firstWord) || overlaps(covered, s, e)) {
                continue;
            }
            if (kind == MentionKind.PERSON && name.toUpperCase(Locale.ROOT).equals(name)) {
                continue;
            }
            for (int i = s; i < e; i++) {
                covered[i] = true;
            }
            found.add(new Mention(sentenceNo, offset + s, offset + e, kind, name, name, false, null, 0));
        }
    }

    /**
     * An unknown person named in full ("Shahin Mustafayev", "Ding Xuexiang") is later called by one part
     * of the name: the family name, which comes last in some languages and first in others.
     */
    private static void registerShortForms(String fullName, Map<String, String> shortForms) {
        String[] parts = fullName.split("\\s+");
        if (parts.length < 2) {
            return;
        }
        for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
            if (part.length() >= 2 && Character.isUpperCase(part.charAt(0)) && !NOT_NAMES.contains(part)) {
                shortForms.putIfAbsent(part, fullName);
            }
        }
    }

    private static final Pattern CAPITALIZED_WORD = Pattern.compile("\\b[A-Z][\\p{L}\\-]+\\b");

    private static void addShortForms(Map<String, String> shortForms, String text, int offset, int sentenceNo, boolean[] covered,
                                      List<Mention> found) {
        if (shortForms.isEmpty()) {
            return;
        }
        Matcher m = CAPITALIZED_WORD.matcher(text);
        while (m.find()) {
            String full = shortForms.get(m.group());
            if (full == null || overlaps(covered, m.start(), m.end())) {
                continue;
            }
            int end = m.end();
            if (end < text.length() && Character.isUpperCase(text.charAt(Math.min(text.length() - 1, end + 1)))
                    && text.charAt(end) == ' ') {
                continue; // part of a longer capitalized name: not the short form alone
            }
            for (int i = m.start(); i < end; i++) {
                covered[i] = true;
            }
            found.add(new Mention(sentenceNo, offset + m.start(), offset + end, MentionKind.PERSON, m.group(), full, false, null, 0));
        }
    }

    private static boolean overlaps(boolean[] covered, int s, int e) {
        for (int i = s; i < e; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }
}
