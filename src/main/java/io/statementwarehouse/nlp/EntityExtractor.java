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

    /** Patterns used per token or per name, compiled once ({@code String.matches} and {@code split} compile each call). */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern INITIAL = Pattern.compile("[A-Z]\\.");
    private static final Pattern INITIAL_OR_JR = Pattern.compile("[A-Z]\\.|[A-Z]\\.[A-Z]\\.|Jr\\.");


    /** Words before a capital that make it a place rather than the government it stands for. */
    private static final AnchoredPattern LOCATIVE_BEFORE = AnchoredPattern.compile("(?i)"
            + "(?:\\b(?:in|to|from|at|near|into|visit|visits|visited|visiting|arrive|arrived|arrives|via|across|outside|around|toward|towards)\\s+(?:the\\s+)?)$");
    private static final AnchoredPattern CAPITALIZED_AFTER = AnchoredPattern.compile("^\\s+[A-Z]");
    private static final AnchoredPattern CAPITALIZED_BEFORE = AnchoredPattern.compileAtCapitals("\\b[A-Z][\\p{L}]*\\s+$");
    private static final AnchoredPattern PLACE_AFTER = AnchoredPattern.compile("^(?:,\\s+[A-Z][a-z]|,?\\s+D\\.C\\.|\\s+(?:State|Post|Times|Airport|Summit|Conference)\\b)");
    /** Titles of the offices the person reference data covers: heads of state and government, ministers. */
    private static final AnchoredPattern LEADER_TITLE_BEFORE = AnchoredPattern.compile(
            "(?:\\b(?:President|Premier|Prime Minister|Chancellor|King|Queen|Emir|Sultan|Crown Prince|Minister|Secretary|Chairman|"
                    + "Vice President|Vice Premier|Secretary-General|Secretary General|Leader)\\s+)$");
    private static final AnchoredPattern TITLE_BEFORE = AnchoredPattern.compile(
            "(?:\\b(?:President|Presidents|Minister|Premier|Secretary|Chancellor|Vice|Prime|King|Queen|Prince|Emir|Sheikh|Ambassador|"
                    + "Envoy|Mr\\.|Ms\\.|Mrs\\.|Dr\\.|Senator|Governor|General|Gen\\.|Chairman|Chair|Director|Commissioner|Spokesperson|Leader|Counselor|Advisor|Adviser|Pope|Sultan)\\s+)$");
    /** Capitalized phrases ending in an institution noun: organization-like names. */
    private static final AnchoredPattern ORG_LIKE = AnchoredPattern.compileAtCapitals(
            "\\b((?:[A-Z][\\p{L}'’\\-]+\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?){1,6}"
                    + "(?:Organization|Organisation|Union|Council|Agency|Bank|Fund|Forum|Alliance|Association|Commission|Committee|"
                    + "Corporation|Institute|Initiative|Partnership|Programme|Coalition|Movement|Front|Party|Mission))\\b");
    private static final Set<String> NOT_NAMES = WordSet.of("The", "This", "That", "These", "Those", "His", "Her", "Their", "Our",
            "President", "Prime", "Minister", "Secretary", "Vice", "Foreign", "Deputy", "State", "Defense", "General", "In", "On",
            "And", "Also", "He", "She", "They", "We", "It", "Both", "Administration", "Government");

    private final EntityDictionary dictionary;
    private final ReferenceData reference;

    public EntityExtractor(ReferenceData reference) {
        this.reference = reference;
        this.dictionary = new EntityDictionary(reference);
    }

    /**
     * Mentions of the title (sentence -1) and of every sentence, in text order. {@code homeCountry} (the
     * side the source speaks for, or null) settles a bare family name two people in office share ("Harris"
     * in a White House readout) and the holder of a title without a name ("the President").
     */
    public List<Mention> extract(String title, List<Sentence> sentences, LocalDate releaseDate, String homeCountry) {
        List<Mention> out = new ArrayList<>();
        Set<String> fullNamesSeen = new HashSet<>();
        Map<String, ShortForm> shortForms = new HashMap<>();
        Map<String, String> acronyms = new HashMap<>();
        if (title != null && !title.isBlank()) {
            scan(title, SENTENCE_ANCHORS.starts(title), 0, Mention.TITLE, releaseDate, homeCountry, fullNamesSeen, shortForms, acronyms, out);
        }
        List<int[]> bareTitles = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            int[][] anchors = SENTENCE_ANCHORS.starts(s.text());
            bareTitles.add(anchors[BARE_TITLES]);
            scan(s.text(), anchors, s.start(), s.index(), releaseDate, homeCountry, fullNamesSeen, shortForms, acronyms, out);
        }
        List<Mention> named = ReleaseNames.link(out, sentences, title);
        return withTitleOnlyPersons(named, sentences, bareTitles, releaseDate, homeCountry);
    }

    /** A title without a name: "the President", "the Vice Premier". */
    private static final AnchoredPattern BARE_TITLE = AnchoredPattern.compile(
            "(?<=\\b[Tt]he )(Vice President|President|Prime Minister|Premier|Chancellor|Vice Premier|Deputy Prime Minister|Foreign Minister|"
                    + "Secretary of State|Secretary of Defense|Defense Minister|National Security Advisor|Secretary)\\b(?!\\s+(?:of\\b|[A-Z]))");
    private static final Map<String, List<String>> ROLES_OF_TITLE = Map.ofEntries(
            Map.entry("President", List.of("HEAD_OF_STATE_AND_GOVERNMENT", "HEAD_OF_STATE")),
            Map.entry("Vice President", List.of("VICE_PRESIDENT")),
            Map.entry("Prime Minister", List.of("HEAD_OF_GOVERNMENT")),
            Map.entry("Premier", List.of("HEAD_OF_GOVERNMENT")),
            Map.entry("Chancellor", List.of("HEAD_OF_GOVERNMENT")),
            Map.entry("Vice Premier", List.of("VICE_PREMIER")),
            Map.entry("Deputy Prime Minister", List.of("VICE_PREMIER")),
            Map.entry("Foreign Minister", List.of("FOREIGN_MINISTER")),
            Map.entry("Secretary of State", List.of("FOREIGN_MINISTER")),
            Map.entry("Secretary", List.of("FOREIGN_MINISTER")),
            Map.entry("Secretary of Defense", List.of("DEFENSE_MINISTER")),
            Map.entry("Defense Minister", List.of("DEFENSE_MINISTER")),
            Map.entry("National Security Advisor", List.of("NATIONAL_SECURITY_ADVISOR")));

    /**
     * "The President", "the Vice Premier": the person of that role named last in the release (the
     * counterpart a readout introduced), else the holder of that role on the speaking side on the release date.
     */
    private List<Mention> withTitleOnlyPersons(List<Mention> mentions, List<Sentence> sentences, List<int[]> bareTitles, LocalDate date,
                                               String home) {
        List<Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            AnchoredPattern.Matches m = BARE_TITLE.matcher(s.text(), bareTitles.get(i));
            while (m.find()) {
                int start = s.start() + m.start(1);
                int end = s.start() + m.end(1);
                if (overlapsAny(out, s.index(), start, end)) {
                    continue;
                }
                // The source's own holder of the title first ("The President" in a White House readout is the US
                // President even after "President Macron"), then the last person named with that role.
                List<String> roles = ROLES_OF_TITLE.get(m.group(1));
                PersonRole who = home == null ? null : lastNamedWithRole(out, s.index(), start, roles, home);
                if (who == null && home != null) {
                    who = reference.holderOn(home, roles, date);
                }
                if (who == null) {
                    who = lastNamedWithRole(out, s.index(), start, roles, null);
                }
                if (who != null) {
                    out.add(new Mention(s.index(), start, end, MentionKind.PERSON, m.group(1), who.name(), true, who.country(),
                            who.actorKey()));
                }
            }
        }
        out.sort((a, b) -> a.sentenceNo() != b.sentenceNo() ? Integer.compare(a.sentenceNo(), b.sentenceNo())
                : Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * The mentions a release's table keeps: a person read from a bare title ("The Prime Minister spoke with ...": the holder on
     * the release date) only when the release also names that person. Such a reading tells the statements who speaks, but a
     * person the text never names is not a person it mentions: the labelled releases list persons by name (the holders read
     * from a title alone were 23 of the 34 persons found in excess over them; "Boris Johnson" in eight UK readouts).
     */
    static List<Mention> withoutUnnamedTitleHolders(List<Mention> mentions) {
        Set<String> named = new HashSet<>();
        boolean anyTitleOnly = false;
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.PERSON) {
                if (ROLES_OF_TITLE.containsKey(m.surface())) {
                    anyTitleOnly = true;
                } else if (m.normalized() != null) {
                    named.add(m.normalized());
                }
            }
        }
        if (!anyTitleOnly) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.kind() != MentionKind.PERSON || !ROLES_OF_TITLE.containsKey(m.surface()) || named.contains(m.normalized())) {
                out.add(m);
            }
        }
        return out;
    }

    private PersonRole lastNamedWithRole(List<Mention> mentions, int sentenceNo, int start, List<String> roles, String country) {
        PersonRole found = null;
        for (Mention m : mentions) {
            boolean before = m.sentenceNo() < sentenceNo || (m.sentenceNo() == sentenceNo && m.start() < start);
            if (!before || m.kind() != MentionKind.PERSON || !m.resolved() || m.actorKey() == 0) {
                continue;
            }
            PersonRole r = reference.roleOfActor(m.actorKey());
            if (r != null && roles.contains(r.role()) && (country == null || country.equals(r.country()))) {
                found = r;
            }
        }
        return found;
    }

    private static boolean overlapsAny(List<Mention> mentions, int sentenceNo, int start, int end) {
        for (Mention m : mentions) {
            if (m.sentenceNo() == sentenceNo && m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** The mentions of one sentence (or the title); {@code anchors} are its {@link #SENTENCE_ANCHORS}. */
    private void scan(String text, int[][] anchors, int offset, int sentenceNo, LocalDate date, String home, Set<String> fullNamesSeen,
                      Map<String, ShortForm> shortForms, Map<String, String> acronyms, List<Mention> out) {
        List<Mention> found = new ArrayList<>();
        boolean[] covered = new boolean[text.length() + 1];
        List<EntityDictionary.Hit> hits = dictionary.scan(text);
        if (text.indexOf(" (") >= 0) {
            defineAcronyms(text, hits, offset, sentenceNo, acronyms, covered, found);
        }
        for (EntityDictionary.Hit hit : hits) {
            if (covered[hit.start()]) {
                continue; // the phrase of an acronym's definition, taken already
            }
            String meaning = acronyms.isEmpty() ? null : acronyms.get(hit.surface());
            if (meaning != null) {
                Mention m = acronymMention(meaning, hit.start(), hit.end(), hit.surface(), offset, sentenceNo);
                if (m != null) {
                    found.add(m);
                }
                for (int i = hit.start(); i < hit.end(); i++) {
                    covered[i] = true;
                }
                continue;
            }
            boolean blocked = hit.entries().contains(DictionaryEntry.BLOCKED);
            Mention m = blocked ? null : resolve(hit, text, offset, sentenceNo, date, home, fullNamesSeen, shortForms);
            if (m != null) {
                found.add(m);
                if (m.kind() == MentionKind.ORGANIZATION && hit.surface().indexOf('-') > 0) {
                    addCountriesJoined(hit, offset, sentenceNo, found);
                }
            }
            if (m != null || blocked) {
                // a blocked name ("West Bank", an armed group) is known, and no unresolved-name pattern may take it
                for (int i = hit.start(); i < hit.end(); i++) {
                    covered[i] = true;
                }
            }
        }
        if (!acronyms.isEmpty()) {
            addDefinedAcronyms(text, acronyms, offset, sentenceNo, covered, found);
        }
        addShortForms(shortForms, text, offset, sentenceNo, date, covered, found);
        int before = found.size();
        addTitledPersons(text, anchors[TITLE_HEADS], offset, sentenceNo, date, covered, found);
        for (Mention m : found.subList(before, found.size())) {
            if (m.resolved()) {
                fullNamesSeen.add(reference.roleOfActor(m.actorKey()).personId());
            } else {
                registerShortForms(m.normalized(), shortForms);
            }
        }
        if (anchors[ORGANIZATION_HEADS].length > 0) { // no head word ("Council", "Fund"), no unknown organization
            addUnresolved(ORG_LIKE, MentionKind.ORGANIZATION, text, offset, sentenceNo, covered, found);
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        out.addAll(found);
    }

    /**
     * An organization or initiative named by countries joined with hyphens ("the India-Middle East-Europe Economic
     * Corridor") names those countries too.
     */
    private void addCountriesJoined(EntityDictionary.Hit hit, int offset, int sentenceNo, List<Mention> found) {
        String surface = hit.surface();
        int from = 0;
        while (from <= surface.length()) {
            int dash = surface.indexOf('-', from);
            int to = dash < 0 ? surface.length() : dash;
            String part = surface.substring(from, to);
            String code = dictionary.countryOf(part);
            if (code == null && part.indexOf(' ') > 0) {
                part = part.substring(0, part.indexOf(' ')); // "U.S. Partnership": its first word
                code = dictionary.countryOf(part);
            }
            if (code != null) {
                found.add(new Mention(sentenceNo, offset + hit.start() + from, offset + hit.start() + from + part.length(),
                        MentionKind.COUNTRY, part, code, true, null, 0));
            }
            if (dash < 0) {
                break;
            }
            from = dash + 1;
        }
    }

    /** What a defined acronym stands for in a release: "=" and an organization's code, "?" and an unknown one's, "" for no organization. */
    private void defineAcronyms(String text, List<EntityDictionary.Hit> hits, int offset, int sentenceNo, Map<String, String> acronyms,
                                boolean[] covered, List<Mention> found) {
        for (Acronyms.Definition d : Acronyms.in(text)) {
            String phraseCode = null;
            for (EntityDictionary.Hit h : hits) {
                if (h.end() == d.phraseEnd() && h.start() <= d.phraseStart() + 4) {
                    for (DictionaryEntry e : h.entries()) {
                        if (e.kind() == MentionKind.ORGANIZATION) {
                            phraseCode = e.code();
                        }
                    }
                }
                if (phraseCode == null && h.start() < d.phraseEnd() && h.end() > d.phraseStart()) {
                    phraseCode = ""; // the phrase names a country, a person, another organization: let the dictionary say
                }
            }
            String phrase = text.substring(d.phraseStart(), d.phraseEnd());
            String meaning;
            if (phraseCode != null) {
                if (phraseCode.isEmpty()) {
                    continue;
                }
                meaning = "=" + phraseCode; // a known organization: its code, whatever else the letters name
            } else if (Acronyms.namesOrganization(phrase) && knownAs(hits, d) != null && sameWords(phrase, knownAs(hits, d))) {
                meaning = "=" + knownAs(hits, d).code(); // "Mineral Security Partnership (MSP)": a spelling of a known one
            } else {
                meaning = Acronyms.namesOrganization(phrase) ? "?" + d.acronym() : ""; // unknown: an organization, or an agreement, a list
                if (!meaning.isEmpty() && !overlaps(covered, d.phraseStart(), d.phraseEnd())) {
                    found.add(new Mention(sentenceNo, offset + d.phraseStart(), offset + d.phraseEnd(), MentionKind.ORGANIZATION, phrase,
                            d.acronym(), false, null, 0));
                    for (int i = d.phraseStart(); i < d.phraseEnd(); i++) {
                        covered[i] = true;
                    }
                }
            }
            acronyms.put(d.acronym(), meaning);
        }
    }

    /** The organization the dictionary knows under a definition's acronym, or null. */
    private Organization knownAs(List<EntityDictionary.Hit> hits, Acronyms.Definition d) {
        for (EntityDictionary.Hit h : hits) {
            if (h.start() == d.start() && h.end() == d.end()) {
                for (DictionaryEntry e : h.entries()) {
                    if (e.kind() == MentionKind.ORGANIZATION) {
                        return reference.organizations().get(e.code());
                    }
                }
            }
        }
        return null;
    }

    /** Whether two thirds of a phrase's words (plural or not) are words of an organization's names. */
    private static boolean sameWords(String phrase, Organization o) {
        Set<String> known = new HashSet<>();
        for (String n : o.aliases()) {
            for (String w : SPACES.split(n.toLowerCase(Locale.ROOT))) {
                known.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        for (String w : SPACES.split(o.name().toLowerCase(Locale.ROOT))) {
            known.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
        }
        String[] words = SPACES.split(phrase.toLowerCase(Locale.ROOT));
        int same = 0;
        for (String w : words) {
            if (known.contains(w.endsWith("s") ? w.substring(0, w.length() - 1) : w)) {
                same++;
            }
        }
        return same * 3 >= words.length * 2;
    }

    private static Mention acronymMention(String meaning, int start, int end, String surface, int offset, int sentenceNo) {
        if (meaning.isEmpty()) {
            return null;
        }
        boolean known = meaning.charAt(0) == '=';
        return new Mention(sentenceNo, offset + start, offset + end, MentionKind.ORGANIZATION, surface, meaning.substring(1), known, null, 0);
    }

    /** An unknown organization's acronym used after its definition ("the fifth NADD meeting"): the same organization. */
    private static void addDefinedAcronyms(String text, Map<String, String> acronyms, int offset, int sentenceNo, boolean[] covered,
                                           List<Mention> found) {
        for (Map.Entry<String, String> a : acronyms.entrySet()) {
            if (a.getValue().isEmpty() || a.getValue().charAt(0) != '?') {
                continue;
            }
            String acr = a.getKey();
            for (int i = text.indexOf(acr); i >= 0; i = text.indexOf(acr, i + 1)) {
                int e = i + acr.length();
                boolean word = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)));
                if (word && !overlaps(covered, i, e)) {
                    Mention m = acronymMention(a.getValue(), i, e, acr, offset, sentenceNo);
                    found.add(m);
                    for (int k = i; k < e; k++) {
                        covered[k] = true;
                    }
                }
            }
        }
    }

    private Mention resolve(EntityDictionary.Hit hit, String text, int offset, int sentenceNo, LocalDate date, String home,
                            Set<String> fullNamesSeen, Map<String, ShortForm> shortForms) {
        DictionaryEntry entry = pick(hit, date, home, fullNamesSeen, shortForms, text, sentenceNo == Mention.TITLE);
        if (entry == null || entry.kind() == null) {
            return null;
        }
        if (entry.capital()) {
            String before = text.substring(Math.max(0, hit.start() - 30), hit.start());
            String after = text.substring(hit.end(), Math.min(text.length(), hit.end() + 20));
            // A capital counts for its country only when it stands for the government: "Moscow will", "Beijing's
            // position", "between Washington and Beijing"; not "in Moscow", "Munich, Germany", "Victoria Nuland".
            if (LOCATIVE_BEFORE.find(before) || PLACE_AFTER.find(after)
                    || CAPITALIZED_AFTER.find(after) || CAPITALIZED_BEFORE.find(before)) {
                return null;
            }
        }
        int start = offset + hit.start();
        int end = offset + hit.end();
        if (entry.kind() == MentionKind.PERSON) {
            PersonRole role = reference.roleOn(entry.personId(), date);
            if (!entry.shortForm()) {
                fullNamesSeen.add(entry.personId());
                // later in the release, a bare part of the name is this person ("Fernandez" after "Jose W. Fernandez"), even
                // when the reference data knows someone else of that family name
                registerShortForms(role.name(), new ShortForm(role.name(), entry.personId()), shortForms);
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
    private DictionaryEntry pick(EntityDictionary.Hit hit, LocalDate date, String home, Set<String> fullNamesSeen,
                                 Map<String, ShortForm> shortForms, String text, boolean inTitle) {
        List<DictionaryEntry> entries = hit.entries();
        int at = hit.start();
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
        // Plain loops where streams were: this runs for every name the dictionary finds (the streams were 2% of the analysis
        // in a JFR profile). A full name: the first in office that day, else the first.
        DictionaryEntry firstFull = null;
        for (DictionaryEntry e : persons) {
            if (!e.shortForm()) {
                if (reference.hasRoleOn(e.personId(), date)) {
                    return e;
                }
                firstFull = firstFull == null ? e : firstFull;
            }
        }
        if (firstFull != null) {
            return firstFull;
        }
        for (DictionaryEntry e : persons) {
            if (fullNamesSeen.contains(e.personId())) {
                return e;
            }
        }
        // A bare family name that is part of a longer name is someone else's: "Jose Fernandez", "Kim Hong Kyun",
        // "Jill Biden"; or no person at all: "the Biden Administration", "Sun Africa", "Johnson & Johnson". And an
        // unknown person named in full earlier in the release ("Vice Minister Kim" after "Kim Hong Kyun") is that one.
        if (shortForms.containsKey(hit.surface()) || partOfLongerName(text, hit.start(), hit.end(), inTitle)) {
            return null;
        }
        String before = text.substring(Math.max(0, at - 30), at);
        boolean titled = TITLE_BEFORE.find(before);
        boolean leaderTitled = LEADER_TITLE_BEFORE.find(before);
        // each person in office that day once, by the first of their entries (whether one is in office depends on the person only)
        List<DictionaryEntry> inOffice = new ArrayList<>();
        Set<String> inOfficeIds = new HashSet<>();
        for (DictionaryEntry e : persons) {
            if (reference.hasRoleOn(e.personId(), date) && inOfficeIds.add(e.personId())) {
                inOffice.add(e);
            }
        }
        if (inOffice.size() > 1 && home != null) {
            inOffice = inOffice.stream().filter(e -> home.equals(reference.roleOn(e.personId(), date).country())).toList();
        }
        // A bare family name shared by many ("Kim", "Lee") is only taken with a leader's title before it:
        // "Special Representative Kim" is not Kim Jong Un.
        boolean common = persons.stream().map(DictionaryEntry::personId).distinct().count() > 1;
        // ... unless it is the one of the source's own side in office ("the Biden-Harris Administration" at the White House)
        if (inOffice.size() == 1 && (common ? leaderTitled || (isCapitalizedWord(text, at) && onlyOneOfHome(persons, inOffice.get(0), home, date))
                : (titled || isCapitalizedWord(text, at)))) {
            return inOffice.get(0);
        }
        List<String> ids = persons.stream().map(DictionaryEntry::personId).distinct().toList();
        if (leaderTitled && ids.size() == 1) {
            return persons.get(0); // "former Prime Minister Kishida": titled, one person of that name, out of office that day
        }
        return null;
    }

    /** Whether the one person of a family name in office is of the source's side, and the only one of that side by that name. */
    private boolean onlyOneOfHome(List<DictionaryEntry> persons, DictionaryEntry inOffice, String home, LocalDate date) {
        if (home == null || !home.equals(reference.roleOn(inOffice.personId(), date).country())) {
            return false;
        }
        return persons.stream().map(DictionaryEntry::personId).distinct().filter(id -> home.equals(reference.roleOn(id, date).country()))
                .count() == 1;
    }

    /** Words after a family name in a title-case release title that do not continue a name. */
    private static final Set<String> NOT_NAME_CONTINUATIONS_IN_TITLES = WordSet.of("Doctrine", "Era", "Plan", "Cabinet", "Campaign", "Foundation", "Center", "Library", "Institute");

    /**
     * Whether the capitalized word before or after a bare family name makes it part of a longer name. In a
     * release title every word is capitalized: there only a hyphen ("Biden-Harris") or an institution word counts.
     */
    private boolean partOfLongerName(String text, int start, int end, boolean inTitle) {
        if (end + 1 < text.length() && (text.charAt(end) == '&' || (text.charAt(end) == ' ' && text.charAt(end + 1) == '&'))) {
            return true; // "Johnson & Johnson"
        }
        String next = wordAt(text, end + 1);
        if (end < text.length() && text.charAt(end) == ' ' && next != null && Character.isUpperCase(next.charAt(0))) {
            if (inTitle ? NOT_NAME_CONTINUATIONS_IN_TITLES.contains(next) : !TITLE_VOCABULARY.contains(next)) {
                return true;
            }
        }
        String prev = wordBefore(text, start);
        String singular = prev != null && prev.endsWith("s") ? prev.substring(0, prev.length() - 1) : prev;
        return prev != null && Character.isUpperCase(prev.charAt(0)) && !inTitle && !TITLE_VOCABULARY.contains(prev)
                && !TITLE_HEAD_WORDS.contains(prev) && !TITLE_VOCABULARY.contains(singular) && !TITLE_HEAD_WORDS.contains(singular)
                && !PersonNames.isOfficeWord(prev) && !prev.endsWith("'s") && !prev.endsWith("’s") && !dictionary.isCountrySurface(prev);
    }

    /** The word that starts at {@code at} (letters, hyphens, apostrophes, full stops), or null. */
    private static String wordAt(String text, int at) {
        int e = at;
        while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-' || text.charAt(e) == '\''
                || text.charAt(e) == '’')) {
            e++;
        }
        return e > at ? text.substring(at, e) : null;
    }

    /** The word that ends one space before {@code at}, or null (start of the text, or punctuation between). */
    private static String wordBefore(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ') {
            return null;
        }
        int e = at - 1;
        int b = e;
        while (b > 0 && !Character.isWhitespace(text.charAt(b - 1)) && text.charAt(b - 1) != '(' && text.charAt(b - 1) != '"'
                && text.charAt(b - 1) != '“') {
            b--;
        }
        // a word that ends with a comma or a semicolon is not part of the name after it
        return b < e && Character.isLetter(text.charAt(b)) && ",;:".indexOf(text.charAt(e - 1)) < 0 ? text.substring(b, e) : null;
    }

    private static boolean isCapitalizedWord(String text, int at) {
        return at < text.length() && Character.isUpperCase(text.charAt(at));
    }

    /** The head word of a title: what makes the capitalized words after it a person's name. */
    private static final AnchoredPattern TITLE_HEAD = AnchoredPattern.compile(
            "\\b(?:President|Minister|Premier|Secretary|Secretary-General|Chancellor|King|Queen|Prince|Princess|Emir|Sheikh|Sultan|"
                    + "Ambassador|Envoy|Representative|Advisor|Adviser|Counselor|Counsellor|Director|Director-General|Administrator|"
                    + "Chair|Chairman|Chairwoman|Chairperson|Governor|Mayor|Senator|Congressman|Congresswoman|Commissioner|"
                    + "Spokesperson|Spokesman|Spokeswoman|Coordinator|Speaker|Chief|General|Admiral|Gen|Adm|Lt|Col|"
                    + "Mr|Ms|Mrs|Dr|PM|FM|DPM|Pope|Legislator|Legislators|Deputy|Leader|Justice|Judge|Attorney General|Officer|Official|"
                    + "Undersecretary|Under-Secretary|Lady|Gentleman|Gentlemen|Ayatollah|Excellency|Highness|Holiness|leader|journalist|activist|contact|"
                    // roles news agencies write in lower case before a name: "Foreign Ministry spokesperson Lu Kang"
                    + "spokesperson|spokesman|spokeswoman|ambassador|envoy|minister|"
                    // a counterpart named after their role: "his Turkmen counterpart Rashid Meredov", "his Italian peer, Angelino Alfano,"
                    + "counterpart|counterparts|peer)\\b");
    /** Capitalized words that belong to titles and departments rather than to names. */
    private static final Set<String> TITLE_VOCABULARY = WordSet.of("President", "Vice", "Prime", "Minister", "Premier", "Secretary",
            "Deputy", "Assistant", "Acting", "Under", "Special", "Senior", "Principal", "Chief", "General", "National", "Security",
            "Advisor", "Adviser", "Foreign", "Affairs", "Defense", "Defence", "State", "Trade", "Commerce", "Industry", "Finance",
            "Economy", "Economic", "International", "Organization", "Development", "Energy", "Health", "Justice", "Interior",
            "Home", "External", "Agriculture", "Education", "Environment", "Labor", "Labour", "Transportation", "Treasury",
            "Homeland", "Political", "Military", "Public", "Global", "Staff", "Joint", "European", "Eurasian", "Western",
            "Hemisphere", "Near", "Eastern", "East", "South", "Central", "Asian", "African", "Pacific", "Ambassador", "Envoy",
            "Representative", "Council", "Office", "Department", "Ministry", "Director", "Chair", "Chairman", "Governor", "Mayor",
            "Senator", "Commissioner", "Spokesperson", "Coordinator", "Speaker", "Crown", "Prince", "King", "Queen", "Emir",
            "Sheikh", "Climate", "Cyber", "Counterterrorism", "Migration", "Humanitarian", "Refugees", "Population",
            "Democracy", "Human", "Rights", "Legislator", "Legislators", "Counselor", "Mission", "United", "Nations",
            "Arms", "Control", "Nonproliferation", "Science", "Technology", "Space", "Cooperation", "Leader", "Majority",
            "Minority", "House", "Senate", "Administration", "Government", "Federal", "Parliament", "Parliamentary", "Commission",
            "Officer", "Alternate", "First", "Second", "Permanent", "Executive", "Attorney", "Court", "Supreme", "High",
            "Ambassador-at-Large", "Envoys", "Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms", "Mrs", "Dr", "The", "Of", "For", "And",
            // a professional honorific before a name, as in South Asian releases: "Federal Minister Engineer Khurram Dastgir Khan"
            "Engineer", "Engr.", "Engr", "Prof.", "Professor",
            // words of release titles and office names that follow a name or end a title
            "Travel", "Travels", "Call", "Calls", "Meeting", "Meetings", "Visit", "Visits", "Trip", "Statement", "Remarks", "Readout",
            "Announcement", "Conference", "Summit", "Dialogue", "Partnership", "Partnerships", "Reproductive", "Women", "Issues",
            "Policy", "Programs", "Relations", "Operations", "Initiative", "Task", "Force", "Freedom", "Religious",
            // military ranks and commands ("Deputy Supreme Commander of the UAE Armed Forces")
            "Supreme", "Commander", "Armed", "Forces", "Marshal");
    private static final Pattern NAME_TOKEN = Pattern.compile(
            "(?:(?:al|el|ad|as|ar|an|at|ibn|bin|abu)-)?\\p{Lu}[\\p{L}'’\\-]*[\\p{L}]|[A-Z]\\.|[A-Z]\\.[A-Z]\\.");
    private static final Set<String> NAME_PARTICLES = WordSet.of("bin", "bint", "al", "al-", "de", "da", "van", "von", "der", "el", "la",
            "le", "di", "du", "dos", "das", "ibn", "Jr.", "Jr");

    /** The words of {@link #TITLE_HEAD}: a capitalized word before a family name that makes it a title, not a given name. */
    private static final Set<String> TITLE_HEAD_WORDS = Set.copyOf(TITLE_HEAD.caseSensitiveAnchorWords());
    /** Words that open a title: after "and" or a comma they start the next person's title, not a department. */
    private static final Set<String> TITLE_STARTERS = WordSet.of("Minister", "Secretary", "Ambassador", "President", "Prime", "Vice",
            "Deputy", "Foreign", "Special", "Senior", "Assistant", "Under", "Undersecretary", "Acting", "Chief", "Director",
            "Director-General", "Chairman", "Chair", "Governor", "Senator", "Mr.", "Ms.", "Mrs.", "Dr.", "Premier", "Envoy",
            "Spokesperson", "Counselor", "Advisor", "Adviser", "First", "Second", "Permanent", "Executive", "Principal", "Minister-Counsellor",
            "Commissioner", "Administrator", "Representative", "General", "Admiral", "Gen.", "King", "Queen", "Crown", "Prince", "Emir",
            "Sheikh", "Sultan", "State", "Head", "Lady");
    private static final Set<String> CONNECTORS = WordSet.of("of", "for", "the", "and", "on", "to", "at", "in");
    /** Words before a country that make it the place of an office, not the person's own country ("Ambassador to the United States"). */
    private static final Set<String> PLACE_WORDS = WordSet.of("to", "in", "for", "at", "with", "on");
    private static final int MAX_NAME_WORDS = 4;
    /** A title phrase between a country and the title's head word: "Japanese Ministry of Foreign Affairs Director". */
    private static final Pattern TITLE_PREFIX = Pattern.compile("^(?:['’]s)?\\s*(?:(?:[A-Z][\\p{L}.\\-]*|of|the|and|for)\\s+){0,8}$");

    /** One word after a title head: where its bare form lies in the sentence, and the punctuation right after it. */
    private record Token(int start, int end, String bare, char after, boolean possessive) {
    }

    /**
     * A title ("Special Envoy", "Deputy Assistant Secretary for International Narcotics and Law Enforcement Affairs")
     * followed by a name the reference data may not know ("Piyush Goyal", "Jorgan Andrews", "Reeker"). The name
     * is the last run of name-shaped words before the title phrase ends: the words of offices, departments and
     * regions ({@link PersonNames#isOfficeWord}), the countries and organizations in it and its connecting words
     * come before the name. The person gets the country the title phrase names ("the Japanese Ambassador X").
     */
    private void addTitledPersons(String text, int[] titleHeads, int offset, int sentenceNo, LocalDate date, boolean[] covered,
                                  List<Mention> found) {
        if (!mayHaveTitle(text)) {
            return;
        }
        AnchoredPattern.Matches head = TITLE_HEAD.matcher(text, titleHeads);
        while (head.find()) {
            char first = text.charAt(head.start());
            if (Character.isUpperCase(first) || APPOSITIVE_ROLES.contains(head.group())) {
                addNameBeforeTitle(text, head.start(), offset, sentenceNo, date, covered, found);
            }
            int afterHead = head.end() < text.length() && text.charAt(head.end()) == '.' ? head.end() + 1 : head.end();
            // "Central Bank Governor, Hafize Gaye Erkan, also ...", "his Algerian counterpart, Ahmed Ouyahia, to ...": the name in
            // apposition after a comma
            boolean apposed = afterHead + 2 < text.length() && text.charAt(afterHead) == ',' && text.charAt(afterHead + 1) == ' ';
            int next = apposed ? afterHead + 2 : afterHead + 1;
            if (next >= text.length() || Character.isLowerCase(text.charAt(next)) && !text.startsWith("of ", next)
                    && !text.startsWith("for ", next) && !text.startsWith("to ", next) && !text.startsWith("the ", next)
                    && !text.startsWith("on ", next) && !text.startsWith("al-", next)) {
                continue; // "the President said", "Ministers met": no name after this head
            }
            if (covered[next] && personAt(found, offset + next)) {
                retitle(found, head.group(), offset + next, date); // "King Salman", found as the short form of "Mohammed bin Salman"
                continue; // "President Biden": the dictionary found the name
            }
            List<Token> tokens = tokensAfter(text, apposed ? afterHead + 1 : head.end());
            int[] name = nameIn(tokens, text, offset, covered, found);
            if (name == null || (apposed && !apposedName(tokens, name))) {
                continue;
            }
            int nameStart = tokens.get(name[0]).start();
            if (!Character.isUpperCase(first) && name[1] == name[0] && nameStart != next) {
                continue; // a role in lower case names one word right after it ("leader Sinwar"), not "envoy for ..., Girls"
            }
            int nameEnd = tokens.get(name[1]).end();
            for (Mention c : found) {
                if (c.kind() == MentionKind.COUNTRY && c.start() >= offset + nameStart && c.end() <= offset + nameEnd) {
                    for (int i = c.start() - offset; i < c.end() - offset; i++) {
                        covered[i] = false; // "Lisa Monaco": the country is the family name, taken back below
                    }
                }
            }
            if (overlaps(covered, nameStart, nameEnd)) {
                continue;
            }
            String surface = text.substring(nameStart, nameEnd);
            if (surface.toUpperCase(Locale.ROOT).equals(surface) || NOT_NAMES.contains(tokens.get(name[0]).bare())) {
                continue;
            }
            for (int i = nameStart; i < nameEnd; i++) {
                covered[i] = true;
            }
            int absStart = offset + nameStart;
            int absEnd = offset + nameEnd;
            found.removeIf(m -> m.kind() == MentionKind.COUNTRY && m.start() < absEnd && absStart < m.end()); // "Lisa Monaco"
            String country = countryOfTitle(text, head.start(), tokens, name, offset, found);
            Mention m = personNamed(surface, country, date, sentenceNo, offset + nameStart, offset + nameEnd);
            if (!m.resolved()) {
                // "King Abdullah", "King Salman": a known person's variant with its title, the name alone being too short
                m = withTitledVariant(m, head.group(), date);
            }
            found.add(m);
        }
    }

    /**
     * Whether the name found after a title's comma stands in apposition to it: two words or more, right after the comma (or an
     * abbreviated title: "counterpart, Mr José ..."), and closed by a comma, a full stop, the sentence's end or a lower-case word.
     * Not "President, Vice President Kamala Harris" (a list of titles) nor "Minister, Foreign Affairs".
     */
    private static boolean apposedName(List<Token> tokens, int[] name) {
        if (name[1] == name[0]) {
            return false;
        }
        for (int i = 0; i < name[0]; i++) {
            if (!TITLE_ABBREVIATIONS.contains(tokens.get(i).bare())) {
                return false;
            }
        }
        Token last = tokens.get(name[1]);
        return last.after() == ',' || last.after() == '.' || name[1] + 1 == tokens.size()
                || Character.isLowerCase(tokens.get(name[1] + 1).bare().charAt(0));
    }

    /** Words between an apposition's comma and its title's head word: "a renowned ... journalist", "the Minister". */
    private static final int MAX_WORDS_BEFORE_HEAD = 4;

    /**
     * A name followed by its title in apposition: "Jan Hecker, Foreign and Security Policy Advisor to the German
     * Chancellor", "Kamel Elwazer, Minister of Transport", "Meutya Hafid (Chair of ...)", "Zheenbek KULUBAEV, Minister
     * of Foreign Affairs of the Kyrgyz Republic". The name is two to four name-shaped words after a lower-case word or
     * the start of the sentence; the person gets the country the title names ("of the Kyrgyz Republic").
     */
    private void addNameBeforeTitle(String text, int headStart, int offset, int sentenceNo, LocalDate date, boolean[] covered,
                                    List<Mention> found) {
        if (!separatorBefore(text, headStart)) {
            return;
        }
        int p = headStart;
        int between = 0;
        while (true) {
            if (p < 3) {
                return;
            }
            char c = text.charAt(p - 1);
            if (c == '(' && text.charAt(p - 2) == ' ') {
                p -= 2;
                break;
            }
            if (c != ' ') {
                return;
            }
            if (text.charAt(p - 2) == ',') {
                p -= 2;
                break;
            }
            int b = p - 1;
            while (b > 0 && text.charAt(b - 1) != ' ') {
                b--;
            }
            String w = text.substring(b, p - 1);
            if (w.equals("as") && between > 0 && b > 1) {
                p = b - 1; // "to announce Dorothy Quell as the new Special Representative"
                break;
            }
            if (w.endsWith("’s") || w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2); // "the State Department’s Special Representative"
            }
            boolean fits = !w.isEmpty() && (Character.isLowerCase(w.charAt(0)) ? w.chars().allMatch(Character::isLetter)
                    : TITLE_VOCABULARY.contains(w) || PersonNames.isOfficeWord(w) || dictionary.isCountrySurface(w));
            if (!fits || ++between > MAX_WORDS_BEFORE_HEAD) {
                return;
            }
            p = b;
        }
        // p: where the name ends; its words, backwards
        int nameEnd = p;
        int nameStart = -1;
        int words = 0;
        int q = p;
        while (q > 0) {
            int e = q;
            int b = e;
            while (b > 0 && text.charAt(b - 1) != ' ') {
                b--;
            }
            String w = text.substring(b, e);
            boolean nameWord = NAME_TOKEN.matcher(w).matches() && !TITLE_VOCABULARY.contains(w) && !PersonNames.isOfficeWord(w)
                    && !NOT_NAMES.contains(w);
            if (!(nameWord || (words > 0 && NAME_PARTICLES.contains(w)) || (words == 0 && w.equals("Jr.")))) {
                // what comes before the name: the start, a lower-case word or a title; not a place word or another capital
                if (words < 2 || w.isEmpty() || (Character.isUpperCase(w.charAt(0)) && !TITLE_VOCABULARY.contains(w) && !TITLE_HEAD_WORDS.contains(w))
                        || PLACE_BEFORE.contains(w) || w.endsWith(",")) {
                    return;
                }
                break;
            }
            if (overlaps(covered, b, e)) {
                return;
            }
            if (nameWord && ++words > MAX_NAME_WORDS) {
                return;
            }
            nameStart = b;
            q = b - 1;
            if (q <= 0 || text.charAt(q) != ' ') {
                if (q > 0) {
                    return; // punctuation before the name
                }
                break;
            }
        }
        if (nameStart < 0 || words < 2) {
            return;
        }
        String surface = text.substring(nameStart, nameEnd);
        for (int i = nameStart; i < nameEnd; i++) {
            covered[i] = true;
        }
        found.add(personNamed(surface, countryNamedAfter(text, headStart, offset, found), date, sentenceNo, offset + nameStart,
                offset + nameEnd));
    }

    /** Lower-case head words that also stand in apposition after a name: "Name, a renowned journalist". */
    private static final Set<String> APPOSITIVE_ROLES = WordSet.of("journalist", "activist", "leader");

    /** Whether a comma, a bracket or " as " comes shortly before a title's head: without one, no apposition. */
    private static boolean separatorBefore(String text, int headStart) {
        for (int i = headStart - 2, lim = Math.max(0, headStart - 80); i >= lim; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == '(' || (c == ' ' && text.startsWith(" as ", i))) {
                return true;
            }
        }
        return false;
    }

    /** The country a title names after its head word: "Minister of Foreign Affairs of the Kyrgyz Republic". */
    private static String countryNamedAfter(String text, int headStart, int offset, List<Mention> found) {
        for (Mention m : found) {
            int s = m.start() - offset;
            int comma = text.indexOf(',', headStart);
            if (m.kind() == MentionKind.COUNTRY && s > headStart && s - headStart < 80 && (comma < 0 || comma > s)) {
                String prev = wordBefore(text, s);
                if ("of".equals(prev) || ("the".equals(prev) && "of".equals(wordBefore(text, s - 4)))) {
                    return m.normalized();
                }
            }
        }
        return null;
    }

    /**
     * The mention of a name found after a title: the person the reference data knows under the name as analysts
     * write it ("KISHIDA Fumio" is Fumio Kishida), else an unresolved person with that name and the title's country.
     */
    private Mention personNamed(String surface, String country, LocalDate date, int sentenceNo, int start, int end) {
        String fromCapitals = PersonNames.fromCapitals(surface, country);
        String name = canonicalName(PersonNames.spacedInitials(fromCapitals != null ? fromCapitals : surface));
        for (DictionaryEntry e : dictionary.fullNamePersons(name)) {
            PersonRole role = reference.roleOn(e.personId(), date);
            return new Mention(sentenceNo, start, end, MentionKind.PERSON, surface, role.name(), true, role.country(), role.actorKey());
        }
        // Another spelling of a known name ("Abdel Fattah Al Sisi", "Jens Ploetner"), or the name with middle names
        // ("João Manuel Gonçalves Lourenço", "Yusuf Maitama Tuggar"): one known person only.
        String personId = dictionary.personWithNameKey(name);
        if (personId != null) {
            PersonRole role = reference.roleOn(personId, date);
            return new Mention(sentenceNo, start, end, MentionKind.PERSON, surface, role.name(), true, role.country(), role.actorKey());
        }
        return new Mention(sentenceNo, start, end, MentionKind.PERSON, surface, name, false, country, 0);
    }

    /** The words after a title head, up to a sentence end, a bracket or 24 words. */
    private static List<Token> tokensAfter(String text, int from) {
        List<Token> tokens = new ArrayList<>();
        int pos = from < text.length() && text.charAt(from) == '.' ? from + 1 : from; // the head was "Mr.", "Dr."
        while (tokens.size() < 24) {
            int ws = pos;
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
            if (pos == ws || pos >= text.length()) {
                break;
            }
            if (text.charAt(pos) == '(') {
                // "Special Representative for the Democratic People’s Republic of Korea (DPRK) Sung Kim": an acronym in brackets
                int close = text.indexOf(')', pos);
                if (close < 0 || close - pos > 12 || text.substring(pos, close).indexOf(' ') >= 0 || close + 1 >= text.length()
                        || text.charAt(close + 1) != ' ') {
                    break;
                }
                pos = close + 1;
                continue;
            }
            int end = pos;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && ",;:()\"“”".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            if (end == pos) {
                break;
            }
            String token = text.substring(pos, end);
            int bareEnd = end;
            boolean possessive = false;
            char after = end < text.length() && !Character.isWhitespace(text.charAt(end)) ? text.charAt(end) : 0;
            if (token.endsWith(".") && !INITIAL_OR_JR.matcher(token).matches() && !TITLE_HEAD_WORDS.contains(token)
                    && !TITLE_ABBREVIATIONS.contains(token)) {
                bareEnd--;
                after = '.';
            }
            if (text.startsWith("'s", bareEnd - 2) || text.startsWith("’s", bareEnd - 2)) {
                bareEnd -= 2;
                possessive = true;
            }
            if (bareEnd <= pos) {
                break;
            }
            String bare = text.substring(pos, bareEnd);
            tokens.add(new Token(pos, bareEnd, bare, after, possessive));
            if (after != 0 && after != ',') {
                break; // a full stop, a semicolon, a colon or a bracket ends the title phrase
            }
            if (Character.isLowerCase(bare.charAt(0)) && !CONNECTORS.contains(bare) && !NAME_PARTICLES.contains(bare)
                    && !NAME_TOKEN.matcher(bare).matches()) {
                break; // a lower-case word ends it too ("Kin Moy met"): the walk stops there
            }
            pos = after == ',' ? end + 1 : end;
        }
        return tokens;
    }

    /** Abbreviated titles: their full stop does not end the title phrase ("Advisor Dr. Liz ..."). */
    private static final Set<String> TITLE_ABBREVIATIONS = WordSet.of("Mr.", "Ms.", "Mrs.", "Dr.", "Gen.", "Adm.", "Lt.", "Col.", "Sen.",
            "Rep.", "Amb.", "Hon.", "Rt.", "Prof.", "Capt.", "Maj.", "Sgt.", "St.", "Engr.");

    private enum Kind { NAME, PARTICLE, CONNECTOR, OFFICE, KNOWN, PERSON, STOP }

    private static final Set<String> TITLE_CASE_PREPOSITIONS = WordSet.of("Before", "After", "Ahead", "During", "With", "At", "On", "In",
            "To", "From", "Following", "Amid", "Upon", "Via", "Regarding", "About");

    private Kind kindOf(Token t, int offset, boolean[] covered, List<Mention> found) {
        if (covered[t.start()] || covered[t.end() - 1]) {
            for (Mention m : found) {
                if (m.kind() == MentionKind.PERSON && m.start() < offset + t.end() && offset + t.start() < m.end()) {
                    return Kind.PERSON; // "El-Sisi" whose "Sisi" was found
                }
            }
            return Kind.KNOWN;
        }
        String w = t.bare();
        if (TITLE_ABBREVIATIONS.contains(w)) {
            return Kind.OFFICE;
        }
        if (CONNECTORS.contains(w)) {
            return Kind.CONNECTOR;
        }
        if (NAME_PARTICLES.contains(w)) {
            return Kind.PARTICLE;
        }
        if (!NAME_TOKEN.matcher(w).matches() || TITLE_CASE_PREPOSITIONS.contains(w)) {
            return Kind.STOP; // "Foreign Minister Tete António Before Their Meeting": a release title's preposition ends the name
        }
        return TITLE_VOCABULARY.contains(w) || TITLE_HEAD_WORDS.contains(w) || PersonNames.isOfficeWord(w) ? Kind.OFFICE : Kind.NAME;
    }

    /** Where the name lies among the words after a title: {first, last} word, or null. */
    private int[] nameIn(List<Token> tokens, String text, int offset, boolean[] covered, List<Mention> found) {
        Kind[] kinds = new Kind[tokens.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = kindOf(tokens.get(i), offset, covered, found);
        }
        int runStart = -1;
        int runEnd = -1;
        int runWords = 0;
        boolean place = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Kind kind = kinds[i];
            if (kind == Kind.KNOWN && runStart >= 0 && runEnd == i - 1 && runWords == 1 && tokens.get(i - 1).after() == 0
                    && !t.possessive() && isCountryToken(t, offset, found) && endsName(tokens, i, offset, covered, found)) {
                kind = Kind.NAME; // "Deputy Attorney General Lisa Monaco, ...": a family name that is also a country's
            }
            if (kind == Kind.NAME && PersonNames.isCapitalsWord(t.bare()) && i + 2 < tokens.size()
                    && kinds[i + 1] == Kind.NAME && kinds[i + 2] == Kind.NAME
                    && !PersonNames.isCapitalsWord(tokens.get(i + 1).bare())) {
                kind = Kind.OFFICE; // "USAID Samantha Power": an acronym before a name, not a family name in capitals
            }
            if (kind == Kind.NAME) {
                if (runStart < 0) {
                    runStart = i;
                    runWords = 0;
                    place = afterPlaceWord(tokens, i);
                }
                runEnd = i;
                runWords++;
                if (t.possessive() || (t.after() != 0 && t.after() != ',')) {
                    break; // "Sison's Travel", "Kin Moy." : the name ends here
                }
                if (t.after() == ',') {
                    Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                    // "Jose Fernandez, will", "Stoytchev, at": the name; "Growth, Energy, and": a list of an office's fields
                    if (runWords >= 2 || next == null || !Character.isUpperCase(next.bare().charAt(0)) || startsTitle(next, kinds[i + 1])) {
                        break;
                    }
                    runStart = -1;
                }
                continue;
            }
            if (kind == Kind.PARTICLE && runStart >= 0) {
                continue; // "bin", "al", "de" inside a name; it ends at a name word
            }
            if (kind == Kind.PERSON && runStart >= 0 && tokens.get(i - 1) == tokens.get(runEnd)) {
                return null; // "Retno L.P. Marsudi", "João Manuel Gonçalves Lourenço": the given names of a person found
            }
            if (kind == Kind.STOP || kind == Kind.PARTICLE || kind == Kind.PERSON) {
                break; // a person already found ends this title: what follows has a title of its own
            }
            if (runStart >= 0) {
                // A run of capitalized words followed by more of the title is a department ("Narcotics and Law"), unless a
                // new title starts ("Thomas West and Under Secretary ...", "Heide Fulton and White House ...") or the
                // sentence goes on ("Jen Psaki on ...", "Albin Kurti in Washington").
                Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                boolean and = kind == Kind.CONNECTOR && t.bare().equals("and");
                if (and && (runWords >= 2 || (next != null && startsTitle(next, kinds[i + 1])))) {
                    break;
                }
                if (kind == Kind.CONNECTOR && AFTER_NAME_WORDS.contains(t.bare())) {
                    break;
                }
                if (kind == Kind.CONNECTOR && t.bare().equals("of") && next != null && (kinds[i + 1] == Kind.KNOWN
                        || (next.bare().equals("the") && i + 2 < tokens.size() && kinds[i + 2] == Kind.KNOWN))) {
                    break; // "Narendra Modi of India", "Kim Keon Hee of the Republic of Korea"
                }
                runStart = -1;
            }
        }
        if (runStart < 0 || place) {
            return null; // no name, or a place: "Special Envoy in New York"
        }
        // particles at the end belong to no name
        while (runEnd > runStart && kinds[runEnd] == Kind.PARTICLE) {
            runEnd--;
        }
        int words = 0;
        for (int i = runStart; i <= runEnd; i++) {
            if (kinds[i] == Kind.NAME) {
                words++;
            }
        }
        return words > MAX_NAME_WORDS ? null : new int[] {runStart, runEnd};
    }

    /** Words after which a title phrase has ended and a name does not start: a place ("in New York"). */
    private static final Set<String> PLACE_BEFORE = WordSet.of("in", "at", "near", "from");
    /** Connecting words that follow a name rather than continue a title: "Jen Psaki on", "Albin Kurti in". */
    private static final Set<String> AFTER_NAME_WORDS = WordSet.of("on", "to", "at", "in", "with");

    /**
     * Whether a run of capitalized words starts where no name can: after a place word ("in New York"), or right
     * after a connecting word ("Representative on Sexual Violence in Conflict"): a name follows an office word.
     */
    private static boolean afterPlaceWord(List<Token> tokens, int i) {
        String prev = i > 0 ? tokens.get(i - 1).bare() : "";
        if (prev.equals("the")) {
            prev = i > 1 ? tokens.get(i - 2).bare() : ""; // "His Holiness the Dalai Lama": right after the head
        }
        return PLACE_BEFORE.contains(prev) || (CONNECTORS.contains(prev) && !prev.equals("and"));
    }

    /**
     * The person mention at {@code at}, found as a short form or a name alone, read again with the title before it when
     * title and name are a known person's variant of their own: "King Salman" after "Mohammed bin Salman" is the king, not
     * the crown prince whose last name it shares.
     */
    private void retitle(List<Mention> found, String title, int at, LocalDate date) {
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            if (m.kind() != MentionKind.PERSON || m.start() != at) {
                continue;
            }
            found.set(i, withTitledVariant(m, title, date));
            return;
        }
    }

    /** The person mention read as the known person whose variant its title and name are ("King Salman"), or itself when none is. */
    private Mention withTitledVariant(Mention m, String title, LocalDate date) {
        String personId = dictionary.personWithTitledName(title, m.surface());
        PersonRole role = personId == null ? null : reference.roleOn(personId, date);
        if (role == null || role.name().equals(m.normalized()) && m.resolved()) {
            return m;
        }
        return new Mention(m.sentenceNo(), m.start(), m.end(), MentionKind.PERSON, m.surface(), role.name(), true, role.country(), role.actorKey());
    }

    private static boolean personAt(List<Mention> found, int at) {
        for (Mention m : found) {
            if (m.kind() == MentionKind.PERSON && m.start() <= at && at < m.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCountryToken(Token t, int offset, List<Mention> found) {
        for (Mention m : found) {
            if (m.kind() == MentionKind.COUNTRY && m.start() == offset + t.start() && m.end() == offset + t.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name would end at word {@code i}: a comma, a full stop, a lower-case word or the end follows. */
    private boolean endsName(List<Token> tokens, int i, int offset, boolean[] covered, List<Mention> found) {
        Token t = tokens.get(i);
        if (t.after() != 0 || t.possessive() || i + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(i + 1);
        return !Character.isUpperCase(next.bare().charAt(0));
    }

    private static boolean startsTitle(Token t, Kind kind) {
        return TITLE_STARTERS.contains(t.bare()) || kind == Kind.KNOWN;
    }

    /**
     * The country of a titled person, as the title phrase says: a country or demonym right before it ("Bulgarian
     * Ambassador", "Japanese Ministry of Foreign Affairs Director General"), one inside it that is not the place
     * of the office ("Minister of Foreign Affairs of Japan", not "Ambassador to the United States"), or "of Country"
     * after the name. Null when the text does not say.
     */
    private String countryOfTitle(String text, int headStart, List<Token> tokens, int[] name, int offset, List<Mention> found) {
        String before = null;
        String inside = null;
        String after = null;
        int nameStart = offset + tokens.get(name[0]).start();
        int nameEnd = offset + tokens.get(name[1]).end();
        int titleStart = offset + headStart;
        int beforeEnd = -1;
        for (Mention m : found) {
            if (m.kind() != MentionKind.COUNTRY) {
                continue;
            }
            if (m.end() <= titleStart) {
                if (m.end() > beforeEnd && TITLE_PREFIX.matcher(text.substring(m.end() - offset, headStart)).matches()) {
                    before = m.normalized(); // the nearest one
                    beforeEnd = m.end();
                }
            } else if (m.start() >= titleStart && m.end() <= nameStart && inside == null && text.charAt(m.start() - offset - 1) != '(') {
                String prev = wordBefore(text, m.start() - offset);
                if (prev == null || !PLACE_WORDS.contains(prev)) {
                    if (!"the".equals(prev) || !PLACE_WORDS.contains(String.valueOf(wordBefore(text, m.start() - offset - 4)))) {
                        inside = m.normalized();
                    }
                }
            } else if (m.start() >= nameEnd && after == null
                    && OF_AFTER_NAME.matcher(text.substring(nameEnd - offset, m.start() - offset)).matches()) {
                after = m.normalized();
            }
        }
        return before != null ? before : inside != null ? inside : after;
    }

    private static final Pattern OF_AFTER_NAME = Pattern.compile("^,?\\s+of\\s+(?:the\\s+)?$");

    private static final String[] ORG_HEADS = {"Organization", "Organisation", "Union", "Council", "Agency", "Bank", "Fund", "Forum",
            "Alliance", "Association", "Commission", "Committee", "Corporation", "Institute", "Initiative", "Partnership", "Programme",
            "Coalition", "Movement", "Front", "Party", "Mission"};

    /**
     * The words every sentence is searched for, in one pass: the title heads ({@link #TITLE_HEAD}'s anchors),
     * the organization heads, and the titles that may stand without a name ({@link #BARE_TITLE}'s anchors).
     */
    private static final SharedAnchors SENTENCE_ANCHORS = new SharedAnchors(
            List.of(caseSensitiveAnchors(TITLE_HEAD), List.of(ORG_HEADS), caseSensitiveAnchors(BARE_TITLE)));
    private static final int TITLE_HEADS = 0;
    private static final int ORGANIZATION_HEADS = 1;
    private static final int BARE_TITLES = 2;

    private static List<String> caseSensitiveAnchors(AnchoredPattern p) {
        if (p.caseSensitiveAnchorWords().isEmpty()) {
            throw new IllegalStateException("no case-sensitive anchors for " + p);
        }
        return p.caseSensitiveAnchorWords();
    }

    /** A capital letter after the first character: without one, no title can precede a name. */
    private static boolean mayHaveTitle(String text) {
        for (int i = 1; i < text.length(); i++) {
            if (Character.isUpperCase(text.charAt(i)) && text.charAt(i - 1) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** "Michele J. Sison" is "Michele Sison": middle initials dropped, as analysts write names. */
    static String canonicalName(String name) {
        // "Fiame Naomi Mata’afa": one spelling whatever the typography, the apostrophe straight
        name = name.replace('\u2019', '\'').replace('\u2018', '\'');
        String[] parts = SPACES.split(name);
        if (parts.length <= 2 || INITIAL.matcher(parts[0]).matches()) {
            return name; // "P. K. Mishra": a name written with initials keeps them all
        }
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (i < parts.length - 1 && INITIAL.matcher(parts[i]).matches()) {
                continue;
            }
            sb.append(' ').append(parts[i]);
        }
        return sb.toString();
    }

    private static void addUnresolved(AnchoredPattern pattern, MentionKind kind, String text, int offset, int sentenceNo,
                                      boolean[] covered, List<Mention> found) {
        AnchoredPattern.Matches m = pattern.matcher(text);
        while (m.find()) {
            int s = m.start(1);
            int e = m.end(1);
            String name = m.group(1);
            String firstWord = SPACES.split(name)[0];
            if (NOT_NAMES.contains(firstWord) || TITLE_VOCABULARY.contains(firstWord) || name.contains("'") || name.contains("’")
                    || overlaps(covered, s, e)) {
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
    private static void registerShortForms(String fullName, Map<String, ShortForm> shortForms) {
        registerShortForms(fullName, new ShortForm(fullName, null), shortForms);
    }

    /**
     * What a short form stands for later in the release: a full name, of a person the reference data knows ({@code personId})
     * or does not (null: the mention stays unresolved, under the full name).
     */
    private record ShortForm(String fullName, String personId) {
    }

    /** The first and the last word of a full name, each standing for {@code meaning} later in the release; the first person named keeps a word. */
    private static void registerShortForms(String fullName, ShortForm meaning, Map<String, ShortForm> shortForms) {
        String[] parts = SPACES.split(fullName);
        if (parts.length < 2) {
            return;
        }
        for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
            if (part.length() >= 2 && Character.isUpperCase(part.charAt(0)) && !NOT_NAMES.contains(part)) {
                shortForms.putIfAbsent(part, meaning);
            }
        }
    }

    private static final AnchoredPattern CAPITALIZED_WORD = AnchoredPattern.compileAtCapitals("\\b[A-Z][\\p{L}\\-]+\\b");

    private void addShortForms(Map<String, ShortForm> shortForms, String text, int offset, int sentenceNo, LocalDate date, boolean[] covered,
                                      List<Mention> found) {
        if (shortForms.isEmpty() || !containsAny(text, shortForms.keySet())) {
            // most sentences hold none of the release's short forms: no scan of their capitalized words (since every known
            // person named in full registers short forms, that scan ran on most sentences: 4% of the extraction)
            return;
        }
        addRepeatedFullNames(shortForms, text, offset, sentenceNo, covered, found);
        AnchoredPattern.Matches m = CAPITALIZED_WORD.matcher(text);
        while (m.find()) {
            ShortForm full = shortForms.get(m.group());
            if (full == null || overlaps(covered, m.start(), m.end())) {
                continue;
            }
            int end = m.end();
            if (end < text.length() && Character.isUpperCase(text.charAt(Math.min(text.length() - 1, end + 1)))
                    && text.charAt(end) == ' ') {
                continue; // part of a longer capitalized name: not the short form alone
            }
            String prev = wordBefore(text, m.start());
            if (prev != null && Character.isUpperCase(prev.charAt(0)) && !TITLE_VOCABULARY.contains(prev) && !TITLE_HEAD_WORDS.contains(prev)
                    && !prev.endsWith("'s") && !prev.endsWith("’s")) {
                continue; // "Angeles Moreno Bau" after "Moreno Bau": the full name, found by its title
            }
            for (int i = m.start(); i < end; i++) {
                covered[i] = true;
            }
            if (full.personId() != null) {
                PersonRole role = reference.roleOn(full.personId(), date);
                found.add(new Mention(sentenceNo, offset + m.start(), offset + end, MentionKind.PERSON, m.group(), role.name(), true,
                        role.country(), role.actorKey()));
                continue;
            }
            found.add(new Mention(sentenceNo, offset + m.start(), offset + end, MentionKind.PERSON, m.group(), full.fullName(), false, null, 0));
        }
    }

    /**
     * A person the reference data does not know, found once by a title ("South Korea's Foreign Minister Yu Myung-hwan"), named
     * in full again without one ("For his part, Yu Myung-hwan said ..."): the same person. (Its short forms are found below; the
     * full name, its words each next to another capitalized word, was not.)
     */
    private static void addRepeatedFullNames(Map<String, ShortForm> shortForms, String text, int offset, int sentenceNo, boolean[] covered,
                                             List<Mention> found) {
        Set<String> seen = new HashSet<>();
        for (ShortForm full : shortForms.values()) {
            String name = full.fullName();
            if (full.personId() != null || !seen.add(name)) {
                continue; // a known person's full name is the dictionary's to find
            }
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                boolean wholeWords = (at == 0 || !KeywordAutomaton.isWordChar(text.charAt(at - 1)))
                        && (end == text.length() || !KeywordAutomaton.isWordChar(text.charAt(end)));
                String prev = wordBefore(text, at);
                if (!wholeWords || overlaps(covered, at, end) || (prev != null && Character.isUpperCase(prev.charAt(0))
                        && !TITLE_VOCABULARY.contains(prev) && !TITLE_HEAD_WORDS.contains(prev))) {
                    continue; // "Angeles Moreno Bau" after "Moreno Bau": a longer name, which its title finds
                }
                for (int i = at; i < end; i++) {
                    covered[i] = true;
                }
                found.add(new Mention(sentenceNo, offset + at, offset + end, MentionKind.PERSON, name, name, false, null, 0));
            }
        }
    }

    /** Whether {@code text} contains any of {@code words} anywhere (a pre-filter: vectorized {@code indexOf}s). */
    private static boolean containsAny(String text, java.util.Collection<String> words) {
        for (String w : words) {
            if (text.indexOf(w) >= 0) {
                return true;
            }
        }
        return false;
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
