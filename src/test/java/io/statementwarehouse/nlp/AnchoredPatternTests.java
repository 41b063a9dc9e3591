package io.statementwarehouse.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The anchored search must give exactly the matches of the plain regex: checked on rules of the
 * shapes the extractors use and on every cue pattern of the lexicon, over real sentences.
 */
class AnchoredPatternTests {

    @Test
    void anchorsAreTheLiteralWordsEveryMatchStartsWith() {
        assertThat(LiteralAnchors.of("\\b(?:stands?|stood)\\s+ready\\s+to\\b")).contains(Set.of("stand", "stood"));
        assertThat(LiteralAnchors.of("\\b(?:take (?:your )?questions?|(?:go|turn) to [a-z]+|refer you)\\b"))
                .contains(Set.of("take ", "go", "turn", "refer you"));
        assertThat(LiteralAnchors.of("(?<=\\b[Tt]he )(Vice President|President)\\b")).contains(Set.of("Vice President", "President"));
        assertThat(LiteralAnchors.of("\\b[Tt]he\\s")).get().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                .hasSize(12).contains("The ", "the\t");
        assertThat(LiteralAnchors.of("\\u2014|;")).contains(Set.of("\u2014", ";"));
        // an optional first group: the match starts with it or with what follows
        assertThat(LiteralAnchors.of("\\b(?:(last|next)\\s+)?Monday")).contains(Set.of("last", "next", "Monday"));
        assertThat(LiteralAnchors.of("\\b(\\d{4})-")).get().asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                .hasSize(10);
    }

    @Test
    void whatCannotBeToldMeansAnyPosition() {
        assertThat(LiteralAnchors.of("(?:that\\s*)?\\w+")).isEqualTo(Optional.empty()); // optional group, then anything
        assertThat(LiteralAnchors.of("\\w+ly")).isEqualTo(Optional.empty());
        assertThat(LiteralAnchors.of("[A-Z][a-z]+")).isEqualTo(Optional.empty()); // a range
        assertThat(LiteralAnchors.of("(?=x)x")).isEqualTo(Optional.empty()); // a look-ahead first
        assertThat(LiteralAnchors.of("a|")).isEqualTo(Optional.empty()); // an empty alternative
        assertThat(LiteralAnchors.of("\\d{0,2}x")).isEqualTo(Optional.empty()); // a digit that may be absent
        assertThat(AnchoredPattern.compile("\\w+").isAnchored()).isFalse();
    }

    @Test
    void theAutomatonFindsEveryOccurrenceOfEveryKeyword() {
        KeywordAutomaton a = new KeywordAutomaton(List.of("he", "she", "his", "hers", "US"), false);
        List<String> hits = new ArrayList<>();
        a.scan("ushers US", (s, e, k) -> hits.add(s + ":" + "ushers US".substring(s, e)));
        assertThat(hits).containsExactly("1:she", "2:he", "2:hers", "7:US");
        assertThat(a.firstStart("ushers")).isEqualTo(1);
        assertThat(a.firstStart("nothing")).isEqualTo(-1);
        List<String> words = new ArrayList<>();
        a.scanWords("she ushers US, he", (s, e, k) -> words.add("she ushers US, he".substring(s, e)));
        assertThat(words).containsExactly("she", "US", "he");
        KeywordAutomaton folded = new KeywordAutomaton(List.of("will"), true);
        assertThat(folded.firstStart("They WILL")).isEqualTo(5);
    }

    private static final List<String> RULES = List.of(
            "\\b(?:will|shall|'ll)\\s+(?:also\\s+)?(?!be\\b)\\w+",
            "\\b(?:committed|commits?|pledged?)\\s+(?:themselves\\s+)?(?:to|on)\\b",
            "(?<=\\b[Tt]he )(Vice President|President|Prime Minister|Secretary)\\b(?!\\s+(?:of\\b|[A-Z]))",
            "\\b(?:both\\s+sides|the\\s+two\\s+sides|they)\\b",
            "(?:\\((?:Xinhua|Photo)[/:][^)]*\\)\\s*$|^\\(Web editor:)",
            "(?i)\\b(will|next|upcoming|'ll)\\b",
            "\\b(?:in|by|since)\\s+((?:19|20)\\d{2})\\b",
            "(?:\\b(?:President|Minister|Secretary)\\s+)$",
            "\\b[Tt]he\\s+(?:United|European)\\b",
            "\\b(?:(last|next|this|on)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday)\\b",
            "\\b(\\d{1,2})\\s+(January|March|November)(?:\\s+(\\d{4}))?\\b",
            "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b",
            "(?:;|:|\\u2014|\\s--\\s|,\\s+(?:and|but|while)\\s|\\b(?:that|adding|as)\\s|\\band\\s+(?=(?:both\\s+)?(?:agreed|will)\\b))");

    /** Patterns whose matches start at a capital letter (the name patterns of the entity extractor). */
    private static final List<String> AT_CAPITALS = List.of(
            "\\b[A-Z][\\p{L}\\-]+\\b",
            "\\b[A-Z][\\p{L}]*\\s+$",
            "\\b((?:[A-Z][\\p{L}'’\\-]+\\s+(?:(?:of|for|and|on)\\s+(?:the\\s+)?)?){1,6}(?:Organization|Union|Council|Bank|Fund|Party))\\b",
            "\\b[A-Z]\\.\\s+[A-Z]\\w+");

    @Test
    void aPatternAtCapitalsMustStartWithOne() {
        assertThat(AnchoredPattern.compileAtCapitals("\\b(?:[A-Z][a-z]+)").find("see Kim")).isTrue();
        for (String notAtCapitals : List.of("[a-z]+", "\\w+", "\\b[A-Z]?x", "(?:the )?[A-Z]", "[A-Z]*x", "(?:[A-Z]x|abc)", "[A-Z]x|y",
                "\\b([A-Z]\\w+|(?:de|van) [A-Z]\\w+)",
                "(?:[A-Z]\\.|[A-Z][a-z]+)\\s")) { // the last one would do, but the check is cautious
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnchoredPattern.compileAtCapitals(notAtCapitals))
                    .as(notAtCapitals).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aPatternWithoutLiteralAnchorsThatOpensWithADigitIsTriedOnlyAtDigits() {
        assertThat(AnchoredPattern.opensWith("\\b(\\d{4})-(\\d{2})", AnchoredPattern.Opening.DIGIT)).isTrue();
        assertThat(AnchoredPattern.opensWith("\\b(\\d{1,2})\\s+x", AnchoredPattern.Opening.DIGIT)).isTrue();
        assertThat(AnchoredPattern.opensWith("[A-Z]{2,}", AnchoredPattern.Opening.CAPITAL)).isTrue();
        for (String notAtDigits : List.of("\\d{0,2}x", "\\d*x", "\\d?x", "(?:\\d|x)", "\\d|x", "x\\d", "\\w+")) {
            assertThat(AnchoredPattern.opensWith(notAtDigits, AnchoredPattern.Opening.DIGIT)).as(notAtDigits).isFalse();
        }
        AnchoredPattern iso = AnchoredPattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
        AnchoredPattern.Matches m = iso.matcher("Signed on 2024-11-14, in force from 2025-01-01 (a12024-01-01 is no date).");
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        assertThat(found).containsExactly("2024-11-14", "2025-01-01");
        assertThat(iso.find("no date here")).isFalse();
    }

    @Test
    void aPatternThatOpensWithAWordBoundaryIsNotTriedInsideWords() {
        assertThat(AnchoredPattern.opensAtWordBoundary("\\b(?:remains?|is|are)\\s+committed\\b")).isTrue();
        assertThat(AnchoredPattern.opensAtWordBoundary("\\b[A-Z][a-z]+(?:[|(]x)")).isTrue();
        for (String notAlways : List.of("\\bis|this", "(?:\\bis|this)x", "x\\bis", "\\b\\Q|\\E", "is\\b")) {
            assertThat(AnchoredPattern.opensAtWordBoundary(notAlways)).as(notAlways).isFalse();
        }
        // "is" occurs inside "this" and "crisis" (anchors passed over) and as a word (a match), and after an underscore
        // and an accented letter, which \\b reads as it reads them
        AnchoredPattern p = AnchoredPattern.compile("\\b(?:remains?|is|are)\\s+(\\w+)");
        for (String t : List.of("this crisis is firm and remains open", "x_is y, éis z, -is w", "is")) {
            List<String> expected = new ArrayList<>();
            Matcher m = p.pattern().matcher(t);
            while (m.find()) {
                expected.add(m.start() + ":" + m.group());
            }
            List<String> actual = new ArrayList<>();
            AnchoredPattern.Matches a = p.matcher(t);
            while (a.find()) {
                actual.add(a.start() + ":" + a.group());
            }
            assertThat(actual).as(t).isEqualTo(expected);
        }
        assertThat(p.find("this crisis")).isFalse();
    }

    @Test
    void anchoredSearchGivesThePlainMatchesOnRealSentences() throws IOException {
        List<String> texts = sentences();
        List<AnchoredPattern> patterns = new ArrayList<>(RULES.stream().map(AnchoredPattern::compile).toList());
        StatementCue.load().forEach(c -> patterns.add(c.pattern()));
        AT_CAPITALS.forEach(r -> patterns.add(AnchoredPattern.compileAtCapitals(r)));
        int matches = 0;
        for (AnchoredPattern p : patterns) {
            for (String text : texts) {
                for (String t : List.of(text, text.toLowerCase(Locale.ROOT))) {
                    List<String> expected = new ArrayList<>();
                    Matcher m = p.pattern().matcher(t);
                    while (m.find()) {
                        expected.add(m.start() + "-" + m.end() + ":" + m.group());
                    }
                    List<String> actual = new ArrayList<>();
                    AnchoredPattern.Matches a = p.matcher(t);
                    while (a.find()) {
                        actual.add(a.start() + "-" + a.end() + ":" + a.group());
                    }
                    assertThat(actual).as("%s on %s", p, t).isEqualTo(expected);
                    // and inside a region, with transparent bounds
                    int from = t.length() / 3;
                    int to = t.length() - t.length() / 5;
                    List<String> inRegion = new ArrayList<>();
                    Matcher r = p.pattern().matcher(t).region(from, to).useTransparentBounds(true);
                    while (r.find()) {
                        inRegion.add(r.start() + "-" + r.end());
                    }
                    List<String> anchoredInRegion = new ArrayList<>();
                    AnchoredPattern.Matches ar = p.matcher(t, from, to);
                    while (ar.find()) {
                        anchoredInRegion.add(ar.start() + "-" + ar.end());
                    }
                    assertThat(anchoredInRegion).as("%s in [%d, %d) of %s", p, from, to, t).isEqualTo(inRegion);
                    assertThat(p.find(t)).isEqualTo(!expected.isEmpty());
                    matches += expected.size();
                }
            }
        }
        assertThat(matches).as("the fixtures exercise the patterns").isGreaterThan(50);
    }

    @Test
    void aPatternWhoseEveryAlternativeOpensWithACaretIsTriedAtTheStartOnly() throws IOException {
        assertThat(AnchoredPattern.opensAtTextStart("^(?:the\\s+)?(?:allies|partners)$")).isTrue();
        assertThat(AnchoredPattern.opensAtTextStart("^(?:each|each\\s+side)$|^the\\s+parties$")).isTrue();
        assertThat(AnchoredPattern.opensAtTextStart("^we|you$")).isFalse(); // the second alternative may match anywhere
        assertThat(AnchoredPattern.opensAtTextStart("(?:^|\\s)you$")).isFalse();
        assertThat(AnchoredPattern.opensAtTextStart("(?m)^we")).isFalse(); // after any line break
        assertThat(AnchoredPattern.opensAtTextStart("^?we")).isFalse();
        List<String> sources = List.of("^(?:(?:the|this|our|\\S+'s)\\s+)?(?:new\\s+)?(?:assistance|funding|aid|grants?)$",
                "^(?:the\\s+)?(?:\\S+\\s+)?(?:allies|partners|members|leaders|ministers)$", "^\\s*(?:\\w+\\s+)?\\w{3,}ing\\b",
                "^(?:each|each\\s+of\\s+(?:them|us))$|^the\\s+parties$", "^\\s+[A-Z]", "^(?:,\\s+[A-Z][a-z]|,?\\s+D\\.C\\.)");
        List<String> texts = new ArrayList<>();
        for (String s : sentences()) {
            texts.add(s);
            texts.add(s.toLowerCase(Locale.ROOT));
            for (int cut = 0; cut < s.length(); cut += 9) {
                texts.add(s.substring(cut, Math.min(s.length(), cut + 30)).toLowerCase(Locale.ROOT));
                texts.add(s.substring(cut, Math.min(s.length(), cut + 30)));
            }
        }
        texts.addAll(List.of("the allies", "our new funding", "each of them", "the parties", "x\nthe parties", " Paris", ", D.C.",
                "leaders\n", "expanding trade"));
        int found = 0;
        for (String source : sources) {
            AnchoredPattern p = AnchoredPattern.compile(source);
            Pattern plain = Pattern.compile(source);
            for (String t : texts) {
                boolean expected = plain.matcher(t).find();
                assertThat(p.find(t)).as("%s in '%s'", source, t).isEqualTo(expected);
                found += expected ? 1 : 0;
            }
        }
        assertThat(found).as("the texts exercise the patterns").isGreaterThan(20);
    }

    /** The classifier's subject patterns rewritten for speed say yes to the same phrases as the expressions they replace. */
    @Test
    void theRewrittenSubjectPatternsAnswerAsTheOriginals() throws IOException {
        Pattern thing = Pattern.compile("(?:^|\\s)(?:which|it|this|these|those|that|anyone|everyone|nobody|there|what)$|"
                + "^(?:it|this|these|those|there|anyone|what)\\b|"
                + "^(?:the\\s+|their\\s+|our\\s+)?(?:\\w+\\s+)?(?:relations|ties|relationship|situation|economy|economies|progress)\\b");
        Pattern you = Pattern.compile("(?:^|\\s)you$|^you\\b");
        List<String> phrases = new ArrayList<>(List.of("which", "and which", "this", "these steps", "it", "with it", "withit", "that\n",
                "that\u0085", "those\r\n", "\tthere", "our relations", "the bilateral ties", "you", "thank you", "you\n", "you all",
                "young people", "bayou", "everyone", "not everyone", "what", "somewhat", "", " "));
        for (String s : sentences()) {
            String lower = s.toLowerCase(Locale.ROOT);
            for (int end = 0; end <= lower.length(); end += 5) {
                phrases.add(lower.substring(Math.max(0, end - 25), end).strip());
                phrases.add(lower.substring(Math.max(0, end - 25), end));
            }
        }
        int yes = 0;
        for (String p : phrases) {
            boolean expected = thing.matcher(p).find();
            assertThat(StatementClassifier.THING_SUBJECT.find(p) || StatementClassifier.THING_SUBJECT_LAST.find(p)).as("'%s'", p)
                    .isEqualTo(expected);
            assertThat(StatementClassifier.YOU.find(p)).as("'%s'", p).isEqualTo(you.matcher(p).find());
            yes += expected ? 1 : 0;
        }
        assertThat(yes).isGreaterThan(20);
    }

    /** Sentences of the input fixtures, and a few made up for the edges of the patterns. */
    static List<String> sentences() throws IOException {
        List<String> out = new ArrayList<>();
        SentenceSplitter splitter = new SentenceSplitter();
        for (String f : List.of("000_30a1220df6893c8b.txt", "whitehouse_sample.jsonl", "state_department_sample.csv")) {
            try (InputStream in = AnchoredPatternTests.class.getResourceAsStream("/fixtures/input/" + f)) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\\n", "\n");
                splitter.split(body, 0).forEach(s -> out.add(s.text()));
            }
        }
        out.add("(Web editor: Zhang Kaiwei, Liu Ning)");
        out.add("The leaders met. (Xinhua/Ju Peng)");
        out.add("He met the President and the Vice President of Kenya, and the President Ruto.");
        out.add("Jean-Kim McKim, Ms. Ng and the African Union Council of the Bank met at É-Town CAF2 X_Y.");
        return out;
    }

    @Test
    void searchesOfOnePatternThatInterleaveEachKeepTheirOwnText() {
        AnchoredPattern p = AnchoredPattern.compile("\\b(?:will|shall)\\s+(\\w+)");
        String a = "We will act and they shall build; we will see.";
        String b = "Both sides will cooperate, and shall meet.";
        AnchoredPattern.Matches first = p.matcher(a);
        AnchoredPattern.Matches second = p.matcher(b);
        List<String> found = new ArrayList<>();
        while (true) {
            boolean one = first.find();
            if (one) {
                found.add("a:" + first.group(1));
            }
            assertThat(p.find("nothing here")).isFalse(); // a yes-or-no search in between
            boolean two = second.find();
            if (two) {
                found.add("b:" + second.group(1));
            }
            if (!one && !two) {
                break;
            }
        }
        assertThat(found).containsExactly("a:act", "b:cooperate", "a:build", "b:meet", "a:see");
    }

    @Test
    void aPatternWithoutAnchorsStillFinds() {
        AnchoredPattern p = AnchoredPattern.of(Pattern.compile("(?<!x)\\p{Nd}{4}"));
        assertThat(p.find("in 2024")).isTrue();
        assertThat(p.find("no year")).isFalse();
    }
}
