package io.statementwarehouse.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A cue of the statement lexicon ({@code reference/statement_cues.csv}): the class it signals, the rule
 * name shown to analysts, how its subject is checked ({@link Kind}), the pattern and a base confidence.
 */
record StatementCue(StatementClass statementClass, String rule, Kind kind, AnchoredPattern pattern, double confidence, List<String> triggers) {

    enum Kind {
        /** An undertaking: needs an actor (a side, a person, a country, an organization) as its subject. */
        ACTOR,
        /** will/shall + verb: an undertaking only with an actor subject; about the world it is a prediction. */
        WILL,
        /** A present-tense statement of a country's own policy, reported as the official's words. */
        POLICY,
        /** should / must / need to: APPEAL when the speaking side is included, DEMAND when not. */
        NEED,
        /** "called for ...": APPEAL for cooperation between the sides, DEMAND otherwise. */
        CALL_FOR,
        /** "urged / called on X to": DEMAND, unless X is the sides together (then APPEAL). */
        CALL_ON,
        /** "welcomed the commitment from President Al-Sisi to ...": another side's undertaking, reported. */
        REPORTED,
        /** "today's announcement of $44.5 million in U.S. funding": the speaking side's, whatever the grammar. */
        SIDE,
        /** "a Joint Council at Ministerial level will be held before the end of 2020": an engagement of all the sides. */
        MEETING,
        /**
         * "expressed the hope that ... will": INTENT when the hope is about the speaker's own side, APPEAL when
         * about both sides, DEMAND when about another party.
         */
        HOPE_THAT
    }

    static List<StatementCue> load() {
        List<StatementCue> cues = new ArrayList<>();
        for (Map<String, String> row : CsvTables.read("reference/statement_cues.csv")) {
            cues.add(new StatementCue(StatementClass.valueOf(row.get("class")), row.get("rule"), Kind.valueOf(row.get("kind")),
                    AnchoredPattern.compile(row.get("pattern")), Double.parseDouble(row.get("confidence")), CsvTables.list(row.get("triggers"))));
        }
        return cues;
    }
}
