package io.statementwarehouse.nlp;

import java.util.List;

/**
 * The classification of one sentence: its class, polarity (POSITIVE/NEGATIVE), scope (SELF/JOINT),
 * committers and counterparts (ISO3 or organization codes), topics, the speaker whose voice it is,
 * its actor row ({@code speakerActorKey}, 0 when unknown), a confidence, and the explanation: the {@code cue} words and the {@code rule} that decided it.
 */
public record Statement(StatementClass statementClass, String polarity, String scope, List<String> committers,
                        List<String> counterparts, List<String> topics, String speaker, long speakerActorKey, double confidence,
                        String cue, String rule) {

    public static Statement none(String speaker, long speakerActorKey) {
        return new Statement(StatementClass.NONE, null, null, List.of(), List.of(), List.of(), speaker, speakerActorKey, 1.0, null, null);
    }
}
