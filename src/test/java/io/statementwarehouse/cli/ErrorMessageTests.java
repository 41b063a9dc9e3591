package io.statementwarehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one "error:" line a failed command prints: the user's sentence, or where a defect happened. */
class ErrorMessageTests {

    @Test
    void aCauseWithASentenceIsPrintedAsIs() {
        assertThat(StatementWarehouseCommand.rootMessage(new IllegalStateException("wrapper", new IllegalArgumentException("no input"))))
                .isEqualTo("no input");
    }

    @Test
    void aDefectWithoutASentenceSaysWhereItHappened() {
        NullPointerException npe = new NullPointerException();
        npe.setStackTrace(new StackTraceElement[] {new StackTraceElement("io.statementwarehouse.nlp.ReleaseAnalyzer", "decide",
                "ReleaseAnalyzer.java", 139)});
        assertThat(StatementWarehouseCommand.rootMessage(new RuntimeException(npe)))
                .isEqualTo("NullPointerException at io.statementwarehouse.nlp.ReleaseAnalyzer.decide(ReleaseAnalyzer.java:139)");
    }
}
