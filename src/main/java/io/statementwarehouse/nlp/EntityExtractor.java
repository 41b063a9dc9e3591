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
    private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "These", "Those", "His", "Her", "Their", "Our",
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
        Map<String, String> shortForms = new HashMap<>();
        if (title != null && !title.isBlank()) {
            scan(title, SENTENCE_ANCHORS.starts(title), 0, Mention.TITLE, releaseDate, homeCountry, fullNamesSeen, shortForms, out);
        }
        List<int[]> bareTitles = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            int[][] anchors = SENTENCE_ANCHORS.starts(s.text());
            bareTitles.add(anchors[BARE_TITLES]);
            scan(s.text(), anchors, s.start(), s.index(), releaseDate, homeCountry, fullNamesSeen, shortForms, out);
        }
        List<Mention> named = withFullNames(out, shortForms);
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
                      Map<String, String> shortForms, List<Mention> out) {
        List<Mention> found = new ArrayList<>();
        boolean[] covered = new boolean[text.length() + 1];
        for (EntityDictionary.Hit hit : dictionary.scan(text)) {
            boolean blocked = hit.entries().contains(DictionaryEntry.BLOCKED);
            Mention m = blocked ? null : resolve(hit, text, offset, sentenceNo, date, home, fullNamesSeen);
            if (m != null) {
                found.add(m);
            }
            if (m != null || blocked) {
                // a blocked name ("West Bank", an armed group) is known, and no unresolved-name pattern may take it
                for (int i = hit.start(); i < hit.end(); i++) {
                    covered[i] = true;
                }
            }
        }
        addShortForms(shortForms, text, offset, sentenceNo, covered, found);
        int before = found.size();
        addTitledPersons(text, anchors[TITLE_HEADS], offset, sentenceNo, covered, found);
        for (Mention m : found.subList(before, found.size())) {
            registerShortForms(m.normalized(), shortForms);
        }
        if (anchors[ORGANIZATION_HEADS].length > 0) { // no head word ("Council", "Fund"), no unknown organization
            addUnresolved(ORG_LIKE, MentionKind.ORGANIZATION, text, offset, sentenceNo, covered, found);
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        out.addAll(found);
    }

    private Mention resolve(EntityDictionary.Hit hit, String text, int offset, int sentenceNo, LocalDate date, String home,
                            Set<String> fullNamesSeen) {
        DictionaryEntry entry = pick(hit.entries(), date, home, fullNamesSeen, text, hit.start());
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
    private DictionaryEntry pick(List<DictionaryEntry> entries, LocalDate date, String home, Set<String> fullNamesSeen, String text,
                                 int at) {
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
        String before = text.substring(Math.max(0, at - 30), at);
        boolean titled = TITLE_BEFORE.find(before);
        boolean leaderTitled = LEADER_TITLE_BEFORE.find(before);
        List<DictionaryEntry> inOffice = persons.stream().filter(e -> reference.hasRoleOn(e.personId(), date))
                .map(DictionaryEntry::personId).distinct()
                .map(id -> persons.stream().filter(e -> e.personId().equals(id)).findFirst().orElseThrow()).toList();
        if (inOffice.size() > 1 && home != null) {
            inOffice = inOffice.stream().filter(e -> home.equals(reference.roleOn(e.personId(), date).country())).toList();
        }
        // A bare family name shared by many ("Kim", "Lee") is only taken with a leader's title before it:
        // "Special Representative Kim" is not Kim Jong Un.
        boolean common = persons.stream().map(DictionaryEntry::personId).distinct().count() > 1;
        if (inOffice.size() == 1 && (common ? leaderTitled : (titled || isCapitalizedWord(text, at)))) {
            return inOffice.get(0);
        }
        List<String> ids = persons.stream().map(DictionaryEntry::personId).distinct().toList();
        if (leaderTitled && ids.size() == 1) {
            return persons.get(0); // "former Prime Minister Kishida": titled, one person of that name, out of office that day
        }
        return null;
    }

    private static boolean isCapitalizedWord(String text, int at) {
        return at < text.length() && Character.isUpperCase(text.charAt(at));
    }

    /** The head word of a title: what makes the capitalized words after it a person's name. */
    private static final AnchoredPattern TITLE_HEAD = AnchoredPattern.compile(
            "\\b(?:President|Minister|Premier|Secretary|Secretary-General|Chancellor|King|Queen|Prince|Princess|Emir|Sheikh|Sultan|"
                    + "Ambassador|Envoy|Representative|Advisor|Adviser|Counselor|Counsellor|Director|Director-General|Administrator|"
                    + "Chair|Chairman|Chairwoman|Chairperson|Governor|Mayor|Senator|Congressman|Congresswoman|Commissioner|"
                    + "Spokesperson|Spokesman|Spokeswoman|Coordinator|Speaker|Chief|General|Admiral|Gen\\.|Adm\\.|Lt\\.|Col\\.|"
                    + "Mr\\.|Ms\\.|Mrs\\.|Dr\\.|Pope|Legislator|Legislators|Deputy|Leader|Justice|Judge|Attorney General|Officer)\\b");
    /** Capitalized words that belong to titles and departments rather than to names. */
    private static final Set<String> TITLE_VOCABULARY = Set.of("President", "Vice", "Prime", "Minister", "Premier", "Secretary",
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
            // words of release titles and office names that follow a name or end a title
            "Travel", "Travels", "Call", "Calls", "Meeting", "Meetings", "Visit", "Visits", "Trip", "Statement", "Remarks", "Readout",
            "Announcement", "Conference", "Summit", "Dialogue", "Partnership", "Partnerships", "Reproductive", "Women", "Issues",
            "Policy", "Programs", "Relations", "Operations", "Initiative", "Task", "Force", "Freedom", "Religious");
    private static final Pattern NAME_TOKEN = Pattern.compile("[A-Z][\\p{L}'’\\-]*[\\p{L}]|[A-Z]\\.|[A-Z]\\.[A-Z]\\.");
    private static final Set<String> NAME_PARTICLES = Set.of("bin", "bint", "al", "al-", "de", "da", "van", "von", "der", "el", "la",
            "le", "di", "du", "dos", "das", "ibn", "Jr.", "Jr");

    /**
     * A title ("Special Envoy", "Minister of Commerce and Industry", "Acting Assistant Secretary")
     * followed by capitalized words: the trailing words that are not title vocabulary form a name the
     * reference data may not know ("Piyush Goyal", "Reeker").
     */
    private static void addTitledPersons(String text, int[] titleHeads, int offset, int sentenceNo, boolean[] covered,
                                         List<Mention> found) {
        if (!mayHaveTitle(text)) {
            return;
        }
        AnchoredPattern.Matches head = TITLE_HEAD.matcher(text, titleHeads);
        while (head.find()) {
            int pos = head.end();
            int nameStart = -1;
            int nameEnd = -1;
            while (true) {
                int ws = pos;
                while (pos < text.length() && text.charAt(pos) == ' ') {
                    pos++;
                }
                if (pos == ws || pos >= text.length()) {
                    break;
                }
                int tokenEnd = pos;
                while (tokenEnd < text.length() && !Character.isWhitespace(text.charAt(tokenEnd)) && text.charAt(tokenEnd) != ','
                        && text.charAt(tokenEnd) != ';' && text.charAt(tokenEnd) != ':' && text.charAt(tokenEnd) != '(') {
                    tokenEnd++;
                }
                String token = text.substring(pos, tokenEnd);
                String bare = token.endsWith(".") && !INITIAL_OR_JR.matcher(token).matches() ? token.substring(0, token.length() - 1) : token;
                int bareEnd = pos + bare.length();
                if (bare.endsWith("'s") || bare.endsWith("’s")) {
                    bare = bare.substring(0, bare.length() - 2);
                    bareEnd -= 2;
                }
                if (NAME_TOKEN.matcher(bare).matches() && !TITLE_VOCABULARY.contains(bare)) {
                    if (nameStart < 0) {
                        nameStart = pos;
                    }
                    nameEnd = bareEnd;
                } else if (nameStart >= 0 && NAME_PARTICLES.contains(bare)) {
                    // "bin", "al", "de": inside a name
                } else if (List.of("of", "for", "the", "and", "on", "to", "at").contains(bare) || TITLE_VOCABULARY.contains(bare)) {
                    if (nameStart >= 0) {
                        break;
                    }
                } else {
                    break;
                }
                pos = tokenEnd;
                if (bareEnd < tokenEnd) {
                    break; // the name ends at a full stop or a possessive
                }
            }
            if (nameStart < 0 || overlaps(covered, nameStart, nameEnd)) {
                continue;
            }
            String name = text.substring(nameStart, nameEnd);
            if (name.toUpperCase(Locale.ROOT).equals(name) || NOT_NAMES.contains(SPACES.split(name)[0])) {
                continue;
            }
            for (int i = nameStart; i < nameEnd; i++) {
                covered[i] = true;
            }
            found.add(new Mention(sentenceNo, offset + nameStart, offset + nameEnd, MentionKind.PERSON, name,
                    canonicalName(name), false, null, 0));
        }
    }

    /**
     * A bare family name met before the full name ("Assistant Secretary Sison's Travel" in the title,
     * "Michele J. Sison" in the body) is the same person: it takes the full name found anywhere in the release.
     */
    private static List<Mention> withFullNames(List<Mention> mentions, Map<String, String> shortForms) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.kind() == MentionKind.PERSON && !m.resolved() && !m.normalized().contains(" ") && shortForms.containsKey(m.normalized())) {
                m = new Mention(m.sentenceNo(), m.start(), m.end(), m.kind(), m.surface(), shortForms.get(m.normalized()), false,
                        m.country(), m.actorKey());
            }
            out.add(m);
        }
        return out;
    }

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
        String[] parts = SPACES.split(name);
        if (parts.length <= 2) {
            return name;
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
    private static void registerShortForms(String fullName, Map<String, String> shortForms) {
        String[] parts = SPACES.split(fullName);
        if (parts.length < 2) {
            return;
        }
        for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
            if (part.length() >= 2 && Character.isUpperCase(part.charAt(0)) && !NOT_NAMES.contains(part)) {
                shortForms.putIfAbsent(part, fullName);
            }
        }
    }

    private static final AnchoredPattern CAPITALIZED_WORD = AnchoredPattern.compileAtCapitals("\\b[A-Z][\\p{L}\\-]+\\b");

    private static void addShortForms(Map<String, String> shortForms, String text, int offset, int sentenceNo, boolean[] covered,
                                      List<Mention> found) {
        if (shortForms.isEmpty()) {
            return;
        }
        AnchoredPattern.Matches m = CAPITALIZED_WORD.matcher(text);
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
