package io.statementwarehouse.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvException;

/** Reads the reference CSV files from the classpath with OpenCSV: header row, then rows as maps. */
public final class CsvTables {

    private CsvTables() {
    }

    public static List<Map<String, String>> read(String classpathResource) {
        InputStream in = CsvTables.class.getClassLoader().getResourceAsStream(classpathResource);
        if (in == null) {
            throw new IllegalStateException("reference file missing from the classpath: " + classpathResource);
        }
        // RFC 4180 parsing: the default OpenCSV parser treats backslashes as escapes, which would break the
        // regular expressions of the cue lexicon.
        try (CSVReader reader = new CSVReaderBuilder(new InputStreamReader(in, StandardCharsets.UTF_8))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            List<String[]> rows = reader.readAll();
            if (rows.isEmpty()) {
                return List.of();
            }
            String[] header = Arrays.stream(rows.get(0)).map(h -> h.replace("\uFEFF", "").strip()).toArray(String[]::new);
            List<Map<String, String>> result = new ArrayList<>(rows.size());
            for (int i = 1; i < rows.size(); i++) {
                String[] row = rows.get(i);
                if (row.length == 0 || (row.length == 1 && row[0].isBlank()) || row[0].startsWith("#")) {
                    continue;
                }
                if (row.length > header.length) {
                    // an unquoted comma inside a field (a pattern's "{0,3}") shifts every field after it: say where, rather
                    // than read a piece of a pattern as a number or a trigger list
                    String line = String.join(",", row);
                    throw new IllegalStateException("malformed reference file " + classpathResource + ": row " + (i + 1) + " has "
                            + row.length + " fields where the header has " + header.length + " (a field holding a comma must be quoted): "
                            + line.substring(0, Math.min(80, line.length())));
                }
                Map<String, String> map = new HashMap<>();
                for (int c = 0; c < header.length; c++) {
                    map.put(header[c], c < row.length ? row[c].strip() : "");
                }
                result.add(map);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + classpathResource, e);
        } catch (CsvException e) {
            throw new IllegalStateException("malformed reference file " + classpathResource + ": " + e.getMessage(), e);
        }
    }

    public static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
