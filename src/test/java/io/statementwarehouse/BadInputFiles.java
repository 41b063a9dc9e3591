package io.statementwarehouse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a directory of bad input files, mixed with good records, as feeds deliver them: every file
 * here has a known number of good releases and of rejects.
 */
public final class BadInputFiles {

    /** Good releases among the files written by {@link #write}. */
    public static final int GOOD_RELEASES = 6;
    /** Rejected records (or whole files) among them. */
    public static final int REJECTS = 13;

    private BadInputFiles() {
    }

    public static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        String good1 = json("bad-1", "2024-05-01", "The two sides agreed to deepen trade cooperation.");
        String good2 = json("bad-2", "2024-05-02", "China is willing to work with Kenya.");
        // JSONL: a good line, a line that is not JSON, a record without id, one without body,
        // a duplicate id, invalid UTF-8, a record with no recognizable date, another good line.
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        jsonl.write((good1 + "\n").getBytes(StandardCharsets.UTF_8));
        jsonl.write("{this is not json\n".getBytes(StandardCharsets.UTF_8));
        jsonl.write("{\"source\": \"X\", \"date\": \"2024-05-01\", \"body\": \"No id here.\"}\n".getBytes(StandardCharsets.UTF_8));
        jsonl.write("{\"id\": \"no-body\", \"source\": \"X\", \"date\": \"2024-05-01\"}\n".getBytes(StandardCharsets.UTF_8));
        jsonl.write((good1 + "\n").getBytes(StandardCharsets.UTF_8));
        jsonl.write("{\"id\": \"latin1\", \"source\": \"X\", \"date\": \"2024-05-01\", \"body\": \"Caf".getBytes(StandardCharsets.UTF_8));
        jsonl.write(new byte[] {(byte) 0xE9, (byte) 0xFF});
        jsonl.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        jsonl.write((json("no-date", "someday", "Undated text.") + "\n").getBytes(StandardCharsets.UTF_8));
        jsonl.write((good2 + "\n").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("mixed.jsonl"), jsonl.toByteArray());

        // A record over the size limit (the tests run with a 64 KiB limit), between two good ones.
        char[] huge = new char[200_000];
        Arrays.fill(huge, 'a');
        Files.writeString(dir.resolve("oversized.jsonl"), json("big-before", "2024-05-03", "We will cooperate.") + "\n"
                + json("huge", "2024-05-03", new String(huge)) + "\n" + json("big-after", "2024-05-03", "We will meet again.") + "\n");

        // CSV with a wrong header; CSV with an unbalanced quote after one good record.
        Files.writeString(dir.resolve("wrong-header.csv"), "identifier,text\n1,hello\n");
        Files.writeString(dir.resolve("unbalanced.csv"), "id,source,published,title,url,body\n"
                + "c1,State,2024-05-04,T,u,\"The United States will support Ghana.\"\n"
                + "c2,State,2024-05-04,T,u,\"This quote never ends\n");

        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3, 0, (byte) 0xff});

        // A gzip file cut in the middle: its first record loads, then the truncation is reported.
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            out.write((json("gz-1", "2024-05-05", "Both countries should strengthen coordination.") + "\n").getBytes(StandardCharsets.UTF_8));
            // then one long line of pseudo-random letters: it hardly compresses, so the cut falls inside it
            StringBuilder noise = new StringBuilder();
            long x = 42;
            for (int i = 0; i < 120_000; i++) {
                x = x * 6364136223846793005L + 1442695040888963407L;
                noise.append((char) ('a' + (int) ((x >>> 33) % 26)));
            }
            out.write((json("gz-noise", "2024-05-05", noise.toString()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = gz.toByteArray();
        Files.write(dir.resolve("truncated.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));

        Files.writeString(dir.resolve("notes.docx"), "not a release format");
        return dir;
    }

    private static String json(String id, String date, String body) {
        return "{\"id\": \"" + id + "\", \"source\": \"Test Feed\", \"date\": \"" + date + "\", \"title\": \"T\", \"url\": null, \"body\": \""
                + body + "\"}";
    }
}
