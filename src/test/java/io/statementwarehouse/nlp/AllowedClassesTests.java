package io.statementwarehouse.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What the rules' evidence leaves open to the model ({@link ReleaseAnalyzer#allowedClasses}). */
class AllowedClassesTests {

    private static Statement rule(StatementClass cls, String scope, String rule) {
        return new Statement(cls, "POSITIVE", scope, List.of("USA"), List.of(), List.of(), null, 0L, 0.7, "cue", rule);
    }

    @Test
    void aCallNoUndertakingCueSpeaksForIsNoPledgeNorIntent() {
        assertThat(ReleaseAnalyzer.allowedClasses(rule(StatementClass.APPEAL, "SELF", "should"), List.of("candidate=APPEAL/should")))
                .containsExactlyInAnyOrder(StatementClass.APPEAL, StatementClass.DEMAND);
        assertThat(ReleaseAnalyzer.allowedClasses(rule(StatementClass.DEMAND, "SELF", "urge"), List.of("candidate=DEMAND/urge")))
                .containsExactlyInAnyOrder(StatementClass.APPEAL, StatementClass.DEMAND);
        // with an undertaking's cue beside the call ("... and confirmed UK support for air drops"), the model may read a pledge
        assertThat(ReleaseAnalyzer.allowedClasses(rule(StatementClass.DEMAND, "SELF", "urge"),
                List.of("candidate=DEMAND/urge", "candidate=PLEDGE/commitment-noun"))).contains(StatementClass.PLEDGE);
    }

    @Test
    void aCallThatIncludesTheSpeakingSideIsNeverADemand() {
        assertThat(ReleaseAnalyzer.allowedClasses(rule(StatementClass.APPEAL, "JOINT", "urge-both-sides"), List.of("candidate=APPEAL/x")))
                .containsExactly(StatementClass.APPEAL);
    }

    @Test
    void aCourtesyCallIsNoStatementAndWhatNoRuleFoundIsOpen() {
        // "called on the President of Egypt": a visit, a past event (EXTRACTION.md section 2: NONE), unless an undertaking
        // was found beside it
        assertThat(ReleaseAnalyzer.allowedClasses(Statement.none(null, 0L), List.of("veto.reason=courtesy-call"))).isEmpty();
        assertThat(ReleaseAnalyzer.allowedClasses(Statement.none(null, 0L), List.of("veto.reason=courtesy-call", "candidate=PLEDGE/agree-to")))
                .contains(StatementClass.PLEDGE, StatementClass.DEMAND);
        assertThat(ReleaseAnalyzer.allowedClasses(Statement.none(null, 0L), List.of("bias")))
                .containsExactlyInAnyOrder(StatementClass.PLEDGE, StatementClass.INTENT, StatementClass.APPEAL, StatementClass.DEMAND);
    }
}
