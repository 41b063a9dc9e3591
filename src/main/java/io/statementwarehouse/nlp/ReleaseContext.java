package io.statementwarehouse.nlp;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the classifier carries from sentence to sentence of one release: the side the source speaks
 * for, the participating sides (the speaker's and its counterparts'), whether the text is a joint
 * statement ("we" = all signatories), and the last named speaker for "he added".
 */
final class ReleaseContext {

    final String home;
    final Set<String> participants;
    final boolean jointStatement;
    String lastSpeaker;
    String lastSpeakerCountry;

    ReleaseContext(String home, Set<String> participants, boolean jointStatement) {
        this.home = home;
        this.participants = new LinkedHashSet<>(participants);
        this.jointStatement = jointStatement;
    }

    /** The side a sentence speaks for when nothing in it says otherwise. */
    String speakerSide() {
        if (lastSpeakerCountry != null) {
            return lastSpeakerCountry;
        }
        if (home != null) {
            return home;
        }
        return participants.isEmpty() ? null : participants.iterator().next();
    }
}
