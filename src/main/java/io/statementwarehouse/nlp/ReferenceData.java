package io.statementwarehouse.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.statementwarehouse.ingest.ReleaseKeys;

/**
 * Everything the extraction knows before it reads a release: countries, organizations, persons with
 * their dated roles, statement cues and topic keywords. Loaded once at start-up from the versioned CSV
 * files under {@code reference/}; immutable and shared by every thread afterwards.
 */
public final class ReferenceData {

    private final Map<String, Country> countries;
    private final Map<String, Organization> organizations;
    private final List<PersonRole> personRoles;
    private final Map<String, List<PersonRole>> rolesByPerson;
    private final Map<Long, PersonRole> roleByActorKey;
    private final Map<String, List<PersonRole>> rolesByCountry;
    private final Map<Pattern, String> sourceHomes;
    /** A source's kind by its name (source_kinds.csv): a news medium, or a government's office whatever medium carries it. */
    private final Pattern newsMedium;
    private final Pattern governmentOffice;
    private final Map<String, List<String>> topicKeywords;
    private final List<String> notEntities;
    private final Map<String, Set<String>> groupMembers;

    private ReferenceData(Map<String, Country> countries, Map<String, Organization> organizations,
                          List<PersonRole> personRoles, Map<Pattern, String> sourceHomes,
                          Map<String, List<String>> topicKeywords, List<String> notEntities, Map<String, Set<String>> groupMembers) {
        this.countries = Collections.unmodifiableMap(countries);
        this.organizations = Collections.unmodifiableMap(organizations);
        this.personRoles = List.copyOf(personRoles);
        Map<String, List<PersonRole>> byPerson = new HashMap<>();
        for (PersonRole r : personRoles) {
            byPerson.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r);
        }
        this.rolesByPerson = byPerson;
        Map<Long, PersonRole> byKey = new HashMap<>();
        for (PersonRole r : personRoles) {
            byKey.put(r.actorKey(), r);
        }
        this.roleByActorKey = byKey;
        Map<String, List<PersonRole>> byCountry = new HashMap<>();
        for (PersonRole r : personRoles) {
            if (r.country() != null) {
                byCountry.computeIfAbsent(r.country(), k -> new ArrayList<>()).add(r);
            }
        }
        this.rolesByCountry = byCountry;
        this.sourceHomes = sourceHomes;
        Map<String, Pattern> kinds = new HashMap<>();
        for (Map<String, String> row : CsvTables.read("reference/source_kinds.csv")) {
            kinds.put(row.get("kind"), Pattern.compile(row.get("source_pattern"), Pattern.CASE_INSENSITIVE));
        }
        this.newsMedium = kinds.get("NEWS_MEDIUM");
        this.governmentOffice = kinds.get("GOVERNMENT_OFFICE");
        this.topicKeywords = topicKeywords;
        this.notEntities = List.copyOf(notEntities);
        this.groupMembers = Map.copyOf(groupMembers);
    }

    public static ReferenceData load() {
        Map<String, Country> countries = new LinkedHashMap<>();
        for (Map<String, String> row : CsvTables.read("reference/countries.csv")) {
            Country c = new Country(row.get("alpha3"), row.get("alpha2"), row.get("name"), row.get("official_name"),
                    CsvTables.list(row.get("aliases")), CsvTables.list(row.get("demonyms")), emptyToNull(row.get("capital")));
            countries.put(c.iso3(), c);
        }
        Map<String, Organization> organizations = new LinkedHashMap<>();
        for (Map<String, String> row : CsvTables.read("reference/organizations.csv")) {
            Organization o = new Organization(row.get("code"), row.get("name"), CsvTables.list(row.get("aliases")),
                    row.get("kind"), emptyToNull(row.get("parent")));
            organizations.put(o.code(), o);
        }
        List<PersonRole> roles = new ArrayList<>();
        for (Map<String, String> row : CsvTables.read("reference/persons.csv")) {
            String id = row.get("person_id");
            LocalDate from = date(row.get("valid_from"));
            long key = actorKey(id, row.get("role"), row.get("country"), from);
            roles.add(new PersonRole(key, id, row.get("name"), emptyToNull(row.get("country")), row.get("role"),
                    from, date(row.get("valid_to")), CsvTables.list(row.get("variants"))));
        }
        Map<Pattern, String> homes = new LinkedHashMap<>();
        for (Map<String, String> row : CsvTables.read("reference/source_homes.csv")) {
            homes.put(Pattern.compile(row.get("source_pattern"), Pattern.CASE_INSENSITIVE), row.get("home"));
        }
        Map<String, List<String>> topics = new LinkedHashMap<>();
        for (Map<String, String> row : CsvTables.read("reference/topic_keywords.csv")) {
            topics.computeIfAbsent(row.get("topic"), k -> new ArrayList<>()).add(row.get("keyword"));
        }
        List<String> notEntities = CsvTables.read("reference/not_entities.csv").stream().map(r -> r.get("surface")).toList();
        Map<String, Set<String>> groupMembers = new HashMap<>();
        for (Map<String, String> row : CsvTables.read("reference/group_members.csv")) {
            groupMembers.put(row.get("group"), Set.copyOf(CsvTables.list(row.get("members"))));
        }
        return new ReferenceData(countries, organizations, roles, homes, topics, notEntities, groupMembers);
    }

    static long actorKey(String personId, String role, String country, LocalDate from) {
        return java.nio.ByteBuffer.wrap(ReleaseKeys.sha256(personId + '|' + role + '|' + country + '|' + from)).getLong()
                & Long.MAX_VALUE;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    public Map<String, Country> countries() {
        return countries;
    }

    public Map<String, Organization> organizations() {
        return organizations;
    }

    public List<PersonRole> personRoles() {
        return personRoles;
    }

    /** The role row of a person valid on a date, or the nearest one when none covers the date. */
    public PersonRole roleOn(String personId, LocalDate date) {
        List<PersonRole> roles = rolesByPerson.getOrDefault(personId, List.of());
        PersonRole nearest = null;
        long best = Long.MAX_VALUE;
        for (PersonRole r : roles) {
            if (r.validOn(date)) {
                return r;
            }
            long distance = Math.min(
                    r.validFrom() == null ? Long.MAX_VALUE : Math.abs(r.validFrom().toEpochDay() - date.toEpochDay()),
                    r.validTo() == null ? Long.MAX_VALUE : Math.abs(r.validTo().toEpochDay() - date.toEpochDay()));
            if (nearest == null || distance < best) {
                nearest = r;
                best = distance;
            }
        }
        return nearest;
    }

    /** The role row behind an actor key, or null. */
    public PersonRole roleOfActor(long actorKey) {
        return roleByActorKey.get(actorKey);
    }

    /** Who held one of the roles for a country on a date ("the President" of the United States in 2022). */
    public PersonRole holderOn(String country, java.util.Collection<String> roles, LocalDate date) {
        for (PersonRole r : rolesByCountry.getOrDefault(country, List.of())) {
            if (roles.contains(r.role()) && r.validOn(date)) {
                return r;
            }
        }
        return null;
    }

    public boolean hasRoleOn(String personId, LocalDate date) {
        for (PersonRole r : rolesByPerson.getOrDefault(personId, List.of())) { // a loop, not a stream: asked for every name found
            if (r.validOn(date)) {
                return true;
            }
        }
        return false;
    }

    /** Home countries by source name, "" for none: a feed has few sources, and every release asks. */
    private final Map<String, String> homeBySource = new java.util.concurrent.ConcurrentHashMap<>();

    /** The country a source speaks for (White House: USA; Xinhua: CHN), or null. */
    public String homeOf(String source) {
        if (source == null) {
            return null;
        }
        String home = homeBySource.computeIfAbsent(source, s -> {
            String found = matchHome(s);
            return found == null ? "" : found;
        });
        return home.isEmpty() ? null : home;
    }

    private String matchHome(String source) {
        for (Map.Entry<Pattern, String> e : sourceHomes.entrySet()) {
            if (e.getKey().matcher(source).find()) {
                return e.getValue();
            }
        }
        return homeNamedIn(source);
    }

    /**
     * Whether a source is a news medium (an agency, a paper, a broadcaster, a news site) and names no government's office
     * ("Trend News Agency (Azerbaijan)"; not "Ministry of Foreign Affairs of Pakistan (via DNA News)").
     */
    public boolean isNewsMedium(String source) {
        return source != null && newsMedium.matcher(source).find() && !isGovernmentOffice(source);
    }

    /** Whether a source names a government's office ("Ministry of Foreign Affairs of Pakistan", "The White House"). */
    public boolean isGovernmentOffice(String source) {
        return source != null && governmentOffice.matcher(source).find();
    }

    /** Where the name of a text's carrier starts: "(via The Jordan Times)", ", via Khaleej Times". */
    private static final Pattern CARRIER = Pattern.compile("(?i)\\bvia\\s");

    /** Where a diplomatic mission's name names its host: "Chinese Embassy in North Macedonia", "Embassy of India to Japan". */
    private static final Pattern MISSION_HOST = Pattern.compile("(?i)\\b(?:embassy|consulate(?:-general)?|consulate\\s+general|mission|high\\s+commission)\\b"
            + "(?:(?!\\(|\\)).)*?\\s(in|to)\\s");

    /** Kinds of organization that belong to one country: no side of their own. */
    static final Set<String> NATIONAL_KINDS = Set.of("GOVERNMENT_BODY", "LEGISLATURE", "PARTY");

    /** Whether the organization of this code is a country's own body (government body, legislature, party): no side itself. */
    public boolean isNationalBody(String code) {
        Organization o = organizations.get(code);
        return o != null && NATIONAL_KINDS.contains(o.kind());
    }

    /**
     * The side a source the table does not list speaks for, read from its name: the country or organization it names
     * ("Australian Government", "MOFA Japan", "Government of the Republic of Korea", "European Union"), the longest
     * name winning. A government's feed names its country; a news agency's name usually does not, and stays unknown.
     */
    private String homeNamedIn(String source) {
        Matcher via = CARRIER.matcher(source);
        if (via.find() && via.start() > 0) {
            // "Petra (via The Jordan Times)", "EU-GCC Joint Council (via Yemen News Gazette)": the words after "via" name who
            // carried the text. What it names before speaks; failing that, a carrier speaks for a news agency it carries (the
            // agencies are national and so are their carriers), never for the text of an office or a council it reprints
            String before = source.substring(0, via.start());
            String own = homeNamedIn(before);
            if (own != null || governmentOffice.matcher(before).find()) {
                return own;
            }
        }
        // a mission speaks for the country that sends it, not the one it is in: its host is left out of the name read
        Matcher mission = MISSION_HOST.matcher(source);
        if (mission.find()) {
            int paren = source.indexOf('(', mission.end()); // "(China News)": the publisher, named apart
            source = source.substring(0, mission.start(1)) + (paren < 0 ? "" : source.substring(paren));
        }
        String best = null;
        int bestLength = 0;
        for (Country c : countries.values()) {
            List<String> names = new ArrayList<>(List.of(c.name()));
            if (c.officialName() != null) {
                names.add(c.officialName());
            }
            names.addAll(c.aliases());
            names.addAll(c.demonyms());
            for (String n : names) {
                if (n.length() > bestLength && namesWord(source, n)) {
                    best = c.iso3();
                    bestLength = n.length();
                }
            }
        }
        if (best != null && governmentOffice.matcher(source).find()) {
            // a government's office speaks for the country it names, whatever organization its name holds as a portfolio:
            // "Foreign, Commonwealth & Development Office (UK)" is the United Kingdom's, not the Commonwealth's
            return best;
        }
        for (Organization o : organizations.values()) {
            if (NATIONAL_KINDS.contains(o.kind()) || "INITIATIVE".equals(o.kind())) {
                // "The State Council of the PRC": a country's own body speaks for the country its name gives; "Belt and Road
                // Portal": an initiative's site speaks for those who run it, not as a side of its own
                continue;
            }
            List<String> names = new ArrayList<>(List.of(o.name()));
            names.addAll(o.aliases());
            for (String n : names) {
                if (n.length() > bestLength && n.length() > 3 && namesWord(source, n)) {
                    best = o.code();
                    bestLength = n.length();
                }
            }
        }
        return best;
    }

    /**
     * The country a government's web address speaks for, from its country-code domain ("www.mofa.go.jp": JPN,
     * "pmindia.gov.in": IND, "www.gov.uk": GBR, "eeas.europa.eu": EU), or null. Only a host with a government's mark
     * ("gov", "go", "gouv", "gob", "mfa", ...): a news site's domain says where it is published, not for whom it speaks.
     */
    public String homeOfUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_HOST.matcher(url);
        if (!m.find()) {
            return null;
        }
        String host = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String[] labels = host.split("\\.");
        String tld = labels[labels.length - 1];
        if (tld.equals("eu") && labels.length >= 2 && labels[labels.length - 2].equals("europa")) {
            return organizations.containsKey("EU") ? "EU" : null;
        }
        boolean government = false;
        for (int i = 0; i < labels.length - 1; i++) {
            government |= GOVERNMENT_HOST_LABELS.contains(labels[i]);
        }
        if (!government || tld.length() != 2) {
            return null;
        }
        String iso2 = tld.equals("uk") ? "GB" : tld.toUpperCase(java.util.Locale.ROOT);
        for (Country c : countries.values()) {
            if (iso2.equals(c.iso2())) {
                return c.iso3();
            }
        }
        return null;
    }

    private static final Pattern URL_HOST = Pattern.compile("^[a-z][a-z0-9+.\\-]*://([^/:?#]+)", Pattern.CASE_INSENSITIVE);
    /** Labels of a host name that mark a government's site (ministries, offices of heads of state and government). */
    private static final Set<String> GOVERNMENT_HOST_LABELS = Set.of("gov", "go", "gouv", "gob", "gv", "gc", "govt", "government", "admin",
            "bund", "mfa", "mofa", "mea", "mid", "fmprc", "kremlin", "president", "presidency", "presidencia", "pm", "pmo", "premier",
            "diplomatie", "regeringen", "regjeringen", "esteri", "exteriores", "itamaraty", "dfat", "auswaertiges-amt", "gouvernement",
            "governo", "gobierno", "rijksoverheid", "minbuza", "um", "formin", "mofat", "mfat", "dfa", "mofcom");

    /** Whether {@code text} holds {@code name} as whole words (short names, like "UK", only in their own case). */
    private static boolean namesWord(String text, String name) {
        if (name.length() < 2) {
            return false;
        }
        int flags = name.length() <= 3 ? 0 : Pattern.CASE_INSENSITIVE;
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])", flags).matcher(text).find();
    }

    /** Surfaces that contain a name but stand for no entity ("New Jersey", "South China Sea"). */
    /** The members of the groups calls are most often addressed to ({@code group_members.csv}), by the group's code. */
    public Map<String, Set<String>> groupMembers() {
        return groupMembers;
    }

    public List<String> notEntities() {
        return notEntities;
    }

    public Map<String, List<String>> topicKeywords() {
        return topicKeywords;
    }
}
