package io.statementwarehouse.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

/**
 * CSV bundles (RFC 4180, multi-line quoted bodies) with the header {@code id,source,published,title,url,body}.
 * Invalid UTF-8 is decoded to U+FFFD and the records that contain it are rejected, so one bad byte
 * costs one record, not the file.
 */
final class CsvRecordSource implements RecordSource {

    static final List<String> HEADER = List.of("id", "source", "published", "title", "url", "body");

    private final String file;
    private final InputStream in;
    private final CSVReader csv;
    private final LimitedReader limited;
    private final IngestLimits limits;
    private final Set<String> idsSeen = new HashSet<>();
    private long recordNo;
    private boolean done;
    private RejectedRecord headerProblem;

    CsvRecordSource(String file, InputStream in, IngestLimits limits) {
        this.file = file;
        this.in = in;
        this.limits = limits;
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        this.limited = new LimitedReader(reader, limits.maxRecordBytes());
        this.csv = new CSVReaderBuilder(limited)
                .withCSVParser(new RFC4180ParserBuilder().build())
                .withKeepCarriageReturn(false)
                .build();
        readHeader();
    }

    private void readHeader() {
        try {
            String[] header = csv.readNext();
            limited.startRecord();
            if (header == null) {
                headerProblem = RejectedRecord.of(file, 0, "empty file", null);
                return;
            }
            if (header.length > 0 && header[0].startsWith("\uFEFF")) {
                header[0] = header[0].substring(1);
            }
            List<String> names = Arrays.stream(header).map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!names.equals(HEADER)) {
                headerProblem = RejectedRecord.of(file, 0,
                        "wrong CSV header: expected " + String.join(",", HEADER), String.join(",", header));
            }
        } catch (IOException | CsvException e) {
            headerProblem = RejectedRecord.of(file, 0, "unreadable CSV header: " + e.getMessage(), null);
        }
    }

    @Override
    public InputRecord next() {
        if (done) {
            return null;
        }
        if (headerProblem != null) {
            done = true;
            return headerProblem;
        }
        String[] row;
        try {
            row = csv.readNext();
            limited.startRecord();
        } catch (RecordTooLargeException e) {
            done = true;
            return RejectedRecord.of(file, recordNo + 1,
                    "record larger than the limit of " + limits.maxRecordBytes() + " characters; rest of file skipped", null);
        } catch (IOException | CsvException e) {
            done = true;
            return RejectedRecord.of(file, recordNo + 1,
                    "malformed CSV after record " + recordNo + " (unbalanced quote?): " + JsonlRecordSource.firstLine(e.getMessage()), null);
        }
        if (row == null) {
            done = true;
            return null;
        }
        recordNo++;
        String joined = String.join(",", row);
        if (row.length == 1 && row[0].isBlank()) {
            recordNo--;
            return next();
        }
        if (row.length != HEADER.size()) {
            return RejectedRecord.of(file, recordNo, "expected 6 columns, found " + row.length, joined);
        }
        if (joined.indexOf('\uFFFD') >= 0) {
            return RejectedRecord.of(file, recordNo, "invalid UTF-8", joined);
        }
        String id = row[0].strip();
        String body = row[5];
        if (id.isEmpty()) {
            return RejectedRecord.of(file, recordNo, "missing field: id", joined);
        }
        if (body.isBlank()) {
            return RejectedRecord.of(file, recordNo, "missing field: body", joined);
        }
        if (!idsSeen.add(id)) {
            return RejectedRecord.of(file, recordNo, "duplicate id in file: " + id, joined);
        }
        return new RawRelease(file, recordNo, InputFormat.CSV, id, blankToNull(row[1]), blankToNull(row[2]),
                blankToNull(row[3]), blankToNull(row[4]), body);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public void close() throws IOException {
        try {
            csv.close();
        } finally {
            in.close();
        }
    }

    private static final class RecordTooLargeException extends IOException {
        RecordTooLargeException() {
            super("record too large");
        }
    }

    /** Fails a read once one record has consumed more characters than the limit. */
    private static final class LimitedReader extends FilterReader {
        private final long limit;
        private long sinceRecordStart;

        LimitedReader(Reader in, long limit) {
            super(in);
            this.limit = limit;
        }

        void startRecord() {
            sinceRecordStart = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0 && ++sinceRecordStart > limit) {
                throw new RecordTooLargeException();
            }
            return c;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = super.read(cbuf, off, len);
            if (n > 0) {
                sinceRecordStart += n;
                if (sinceRecordStart > limit + cbuf.length) {
                    throw new RecordTooLargeException();
                }
            }
            return n;
        }
    }
}
