package io.statementwarehouse.warehouse;

import io.statementwarehouse.ingest.RejectedRecord;
import io.statementwarehouse.nlp.AnalyzedRelease;

/** What the load step writes: an analyzed release, or a rejected record (bad input is data too). */
public sealed interface LoadItem permits LoadItem.Loaded, LoadItem.Rejected {

    record Loaded(AnalyzedRelease release) implements LoadItem {
    }

    record Rejected(RejectedRecord reject) implements LoadItem {
    }
}
