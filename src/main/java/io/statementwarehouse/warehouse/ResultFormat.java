package io.statementwarehouse.warehouse;

import java.io.PrintWriter;
import java.util.List;

/** How a query result is printed: an aligned table for people, CSV or JSON for programs. */
public enum ResultFormat {
    TABLE {
        @Override
        public void print(QueryResult r, PrintWriter out) {
            int n = r.columns().size();
            int[] width = new int[n];
            for (int i = 0; i < n; i++) {
                width[i] = r.columns().get(i).length();
            }
            for (List<String> row : r.rows()) {
                for (int i = 0; i < n; i++) {
                    width[i] = Math.min(MAX_CELL, Math.max(width[i], cell(row.get(i)).length()));
                }
            }
            StringBuilder sep = new StringBuilder("+");
            for (int w : width) {
                sep.append("-".repeat(w + 2)).append('+');
            }
            out.println(sep);
            out.println(line(r.columns(), width));
            out.println(sep);
            for (List<String> row : r.rows()) {
                out.println(line(row, width));
            }
            out.println(sep);
            out.printf("%d row%s%s%n", r.rows().size(), r.rows().size() == 1 ? "" : "s",
                    r.truncated() ? " shown (more left out; use --max-rows or --format csv)" : "");
        }

        private String line(List<String> cells, int[] width) {
            StringBuilder sb = new StringBuilder("|");
            for (int i = 0; i < width.length; i++) {
                String c = cell(cells.get(i));
                if (c.length() > width[i]) {
                    c = c.substring(0, width[i] - 1) + "…";
                }
                sb.append(' ').append(c).append(" ".repeat(width[i] - c.length())).append(" |");
            }
            return sb.toString();
        }

        private String cell(String v) {
            return v == null ? "NULL" : v.replace('\n', ' ').replace('\r', ' ');
        }
    },
    CSV {
        @Override
        public void print(QueryResult r, PrintWriter out) {
            out.println(String.join(",", r.columns().stream().map(ResultFormat::csv).toList()));
            for (List<String> row : r.rows()) {
                out.println(String.join(",", row.stream().map(ResultFormat::csv).toList()));
            }
        }
    },
    JSON {
        @Override
        public void print(QueryResult r, PrintWriter out) {
            out.println("[");
            for (int j = 0; j < r.rows().size(); j++) {
                List<String> row = r.rows().get(j);
                StringBuilder sb = new StringBuilder("  {");
                for (int i = 0; i < r.columns().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(json(r.columns().get(i))).append(": ").append(row.get(i) == null ? "null" : json(row.get(i)));
                }
                sb.append(j + 1 < r.rows().size() ? "}," : "}");
                out.println(sb);
            }
            out.println("]");
        }
    };

    private static final int MAX_CELL = 80;

    public abstract void print(QueryResult result, PrintWriter out);

    static String csv(String v) {
        if (v == null) {
            return "";
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    static String json(String v) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : v.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
