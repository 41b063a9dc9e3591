package io.statementwarehouse.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON Lines: one release per line with {@code id, source, date, title, url, body}; other fields ignored. */
final class JsonlRecordSource implements RecordSource {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String file;
    private final InputStream in;
    private final LineByteReader lines;
    private final IngestLimits limits;
    private final Set<String> idsSeen = new HashSet<>();
    private long recordNo;
    private boolean failed;

    JsonlRecordSource(String file, InputStream in, IngestLimits limits) {
        this.file = file;
        this.in = in;
        this.limits = limits;
        this.lines = new LineByteReader(in, limits.maxRecordBytes());
    }

    @Override
    public InputRecord next() {
        if (failed) {
            return null;
        }
        while (true) {
            LineByteReader.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                failed = true;
                return RejectedRecord.of(file, recordNo + 1, "file unreadable after record " + recordNo + ": " + e.getMessage(), null);
            }
            if (line == null) {
                return null;
            }
            recordNo++;
            if (line.tooLong()) {
                return RejectedRecord.of(file, recordNo, "record larger than the limit of " + limits.maxRecordBytes() + " bytes",
                        new String(line.bytes(), 0, Math.min(line.length(), 300), StandardCharsets.UTF_8));
            }
            String text = StrictUtf8.decode(line.bytes(), line.length());
            if (text == null) {
                return RejectedRecord.of(file, recordNo,
                        StrictUtf8.looksBinary(line.bytes(), line.length()) ? "binary data, not JSON" : "invalid UTF-8",
                        new String(line.bytes(), 0, Math.min(line.length(), 300), StandardCharsets.ISO_8859_1));
            }
            if (text.isBlank()) {
                recordNo--; // blank lines are separators, not records
                continue;
            }
            return parse(text);
        }
    }

    private InputRecord parse(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            return RejectedRecord.of(file, recordNo, "not valid JSON: " + firstLine(e.getOriginalMessage()), text);
        }
        if (node == null || !node.isObject()) {
            return RejectedRecord.of(file, recordNo, "not a JSON object", text);
        }
        String id = field(node, "id");
        String body = field(node, "body");
        if (id == null || id.isBlank()) {
            return RejectedRecord.of(file, recordNo, "missing field: id", text);
        }
        if (body == null || body.isBlank()) {
            return RejectedRecord.of(file, recordNo, "missing field: body", text);
        }
        if (!idsSeen.add(id)) {
            return RejectedRecord.of(file, recordNo, "duplicate id in file: " + id, text);
        }
        return new RawRelease(file, recordNo, InputFormat.JSONL, id, field(node, "source"), field(node, "date"),
                field(node, "title"), field(node, "url"), body);
    }

    private static String field(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
