package io.statementwarehouse.job;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import io.statementwarehouse.ingest.InputRecord;
import io.statementwarehouse.ingest.RawRelease;
import io.statementwarehouse.ingest.RejectedRecord;
import io.statementwarehouse.ingest.ReleaseParser;
import io.statementwarehouse.nlp.ReleaseAnalyzer;
import io.statementwarehouse.warehouse.LoadItem;

/** Parses and analyzes a release; rejects pass through to be recorded. No I/O: a pure function. */
public class ReleaseProcessor implements ItemProcessor<InputRecord, LoadItem> {

    private final ReleaseParser parser;
    private final ReleaseAnalyzer analyzer;

    public ReleaseProcessor(ReleaseParser parser, ReleaseAnalyzer analyzer) {
        this.parser = parser;
        this.analyzer = analyzer;
    }

    @Override
    public LoadItem process(InputRecord record) {
        if (record instanceof RejectedRecord rejected) {
            return new LoadItem.Rejected(rejected);
        }
        RawRelease raw = (RawRelease) record;
        ReleaseParser.Result result = parser.parse(raw);
        if (result instanceof ReleaseParser.Rejected r) {
            return new LoadItem.Rejected(r.reject());
        }
        try {
            return new LoadItem.Loaded(analyzer.analyze(((ReleaseParser.Parsed) result).release()));
        } catch (RuntimeException e) {
            // An extraction bug must not cost the rest of the night: the release is reported, not lost silently.
            return new LoadItem.Rejected(RejectedRecord.of(raw.file(), raw.recordNo(),
                    "extraction failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), raw.body()));
        }
    }
}
