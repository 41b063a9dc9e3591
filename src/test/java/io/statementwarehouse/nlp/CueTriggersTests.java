package io.statementwarehouse.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A cue's trigger words are what lets its pattern run at all (a sentence without any is skipped): every sentence a
 * cue's pattern matches must hold one of its triggers, or the cue silently never fires there. Checked on the bundled
 * sample releases, and on the shared corpus when it is there.
 */
class CueTriggersTests {

    @Test
    void everySentenceACueMatchesHoldsOneOfItsTriggers() throws IOException {
        List<String> sentences = new ArrayList<>();
        SentenceSplitter splitter = new SentenceSplitter();
        for (Path dir : List.of(Path.of("input"), Path.of("../shared/corpus/releases"), Path.of("../shared/corpus/open_gov"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> Files.isRegularFile(p) && !p.toString().endsWith(".gz")).toList()) {
                    // the raw file (JSON escapes and CSV quotes included): enough to read its sentences' words
                    String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8).replace("\\n", "\n");
                    for (Sentence s : splitter.split(text, 0)) {
                        sentences.add(s.text().replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        Assumptions.assumeTrue(!sentences.isEmpty(), "no release text under input/ or ../shared/corpus: nothing to check");
        List<String> missed = new ArrayList<>();
        for (StatementCue cue : StatementCue.load()) {
            if (cue.triggers().isEmpty()) {
                continue;
            }
            for (String s : sentences) {
                if (cue.pattern().find(s) && cue.triggers().stream().noneMatch(s::contains)) {
                    missed.add(cue.rule() + ": " + s);
                }
            }
        }
        assertThat(missed).as("sentences a cue matches without any of its triggers").isEmpty();
    }
}
