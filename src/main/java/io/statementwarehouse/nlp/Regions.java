package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Regions that take part in talks as one side ({@code reference/regions.csv}): "Joint Communiqué: EU-Central Asia Ministerial
 * Meeting", "Central Asian leaders and the EU Council President", "the Ministers of the Baltic states". No entity of their
 * own (the labels list the countries a text names, not its regions): they stand for their countries where the sides of the
 * talks are read.
 */
final class Regions {

    private record Region(Pattern named, Pattern asSide, List<String> members) {
    }

    private final List<Region> regions;
    /**
     * Every region's names, found in one pass: a text naming none (nearly every subject phrase and title) is not tried
     * against each region's two patterns, whose {@code find()} tried every position (5% of the analysis in a JFR profile).
     */
    private final KeywordAutomaton anyName;

    private Regions(List<Region> regions, List<String> names) {
        this.regions = regions;
        this.anyName = new KeywordAutomaton(names, true);
    }

    static Regions load() {
        List<Region> out = new ArrayList<>();
        List<String> allNames = new ArrayList<>();
        for (Map<String, String> row : CsvTables.read("reference/regions.csv")) {
            allNames.addAll(CsvTables.list(row.get("names")));
            String names = String.join("|", CsvTables.list(row.get("names")).stream().map(Pattern::quote).toList());
            // in a subject phrase, the region heads it ("the Nordic countries", "the Ministers of the Baltic states", "the United
            // States and the Nordic countries"); not an office's portfolio ("for South and Central Asian Affairs") nor a place
            // in it ("our commitment to democracy across the Western Balkans")
            Pattern named = Pattern.compile("(?i)(?:^|\\b(?:of|and)\\s+)(?:the\\s+)?(?:" + names + ")\\b(?!\\s+affairs)");
            // in a title, a region is a side when joined to another ("EU-Central Asia", "China–Central Asia", "C5+1") or
            // followed by who meets ("Central Asian leaders"); "Russia's role in Central Asia" names the matter, not a side
            Pattern asSide = Pattern.compile("(?i)(?:[-–+/]\\s*(?:" + names + ")\\b|\\b(?:" + names + ")\\s*[-–+/]|\\b(?:" + names
                    + ")\\s+(?:leaders|ministers|foreign\\s+ministers|heads|presidents|countries|states|nations|partners|summit|"
                    + "ministerial|meeting|dialogue))");
            out.add(new Region(named, asSide, CsvTables.list(row.get("members"))));
        }
        return new Regions(List.copyOf(out), allNames);
    }

    /** The countries of the regions a subject phrase names ("the ministers of the Baltic states"), in the table's order. */
    Set<String> countriesNamed(String phrase) {
        return countriesWhere(phrase, Region::named);
    }

    /** The countries of the regions a title names as a side of the talks ("EU-Central Asia Ministerial Meeting"). */
    Set<String> countriesAsSides(String title) {
        return countriesWhere(title, Region::asSide);
    }

    private Set<String> countriesWhere(String text, java.util.function.Function<Region, Pattern> reading) {
        Set<String> out = new LinkedHashSet<>();
        if (anyName.firstStart(text) < 0) {
            return out;
        }
        for (Region r : regions) {
            if (reading.apply(r).matcher(text).find()) {
                out.addAll(r.members());
            }
        }
        return out;
    }
}
