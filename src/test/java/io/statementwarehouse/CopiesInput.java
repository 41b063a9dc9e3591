package io.statementwarehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Input full of republished copies, spread over several JSON Lines files, made from a fixed seed: the same text
 * under other ids (with other case and white space, other dates, in other files and in the same file), and the
 * same source and id in two files (with the same text or another one). Every record is either stored or a copy.
 */
public final class CopiesInput {

    private static final String[] OPENINGS = {
            "President Joseph R. Biden Jr. spoke today with President Emmanuel Macron of France. The two leaders committed to "
                    + "deepen cooperation on energy security.",
            "BEIJING, Nov. 14 (Xinhua) -- Chinese President Xi Jinping met Azerbaijani President Ilham Aliyev. China is willing "
                    + "to work with Azerbaijan to align the Belt and Road Initiative with its development strategy.",
            "Secretary Blinken met Indian External Affairs Minister Jaishankar. They agreed to expand trade and called on Russia "
                    + "to end its war against Ukraine.",
            "The Prime Minister of Japan and the President of the Republic of Korea will hold a summit in Tokyo next month. "
                    + "Both sides should strengthen communication."};

    private final List<List<String>> files = new ArrayList<>();
    private int records;

    private CopiesInput() {
    }

    /** Writes {@code fileCount} files of about {@code texts / fileCount} releases plus their copies into {@code dir}. */
    public static CopiesInput write(Path dir, int texts, int fileCount, long seed) throws IOException {
        CopiesInput input = new CopiesInput();
        Random random = new Random(seed);
        for (int f = 0; f < fileCount; f++) {
            input.files.add(new ArrayList<>());
        }
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < texts; i++) {
            String text = OPENINGS[i % OPENINGS.length] + " This is statement number " + i + " of the series.";
            int file = i % fileCount;
            LocalDate date = start.plusDays(i % 40);
            input.add(file, "r" + i, "Newswire", date, text);
            int kind = random.nextInt(10);
            int other = (file + 1 + random.nextInt(fileCount - 1)) % fileCount;
            LocalDate otherDate = date.plusDays(random.nextInt(7) - 3); // earlier, the same day, or later
            switch (kind) {
                case 0, 1, 2 -> input.add(other, "c" + i, "Other Wire", otherDate, refold(text)); // the text under another id
                case 3 -> input.add(file, "d" + i, "Newswire", otherDate, text + "  "); // and in the same file
                case 4 -> input.add(other, "r" + i, "Newswire", otherDate, text); // the same release in another file
                case 5 -> input.add(other, "r" + i, "Newswire", otherDate, text + " A correction followed."); // ... changed
                case 6 -> { // three copies, two of them in one other file
                    input.add(other, "c" + i, "Other Wire", otherDate, refold(text));
                    input.add(other, "e" + i, "Newswire", date, text);
                    input.add((other + 1) % fileCount, "f" + i, "Alpha Wire", date.plusDays(1), text);
                }
                default -> { }
            }
        }
        Files.createDirectories(dir);
        for (int f = 0; f < fileCount; f++) {
            List<String> lines = input.files.get(f);
            Collections.shuffle(lines, random);
            Files.write(dir.resolve("feed-" + f + ".jsonl"), lines, StandardCharsets.UTF_8);
        }
        return input;
    }

    /** The same text in other case and white space. */
    private static String refold(String text) {
        return text.replace(" the ", "  THE\n").replace(". ", ".   ");
    }

    private void add(int file, String id, String source, LocalDate date, String body) {
        ObjectNode record = JsonMapper.builder().build().createObjectNode();
        record.put("id", id);
        record.put("source", source);
        record.put("date", date.toString());
        record.put("title", "Statement " + id);
        record.put("url", "https://example.org/" + id);
        record.put("body", body);
        files.get(file).add(record.toString());
        records++;
    }

    /** Every record written, in all files. */
    public int records() {
        return records;
    }
}
