package io.statementwarehouse.warehouse;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The columns and rows of a query, as text, plus whether rows were left out. */
public record QueryResult(List<String> columns, List<List<String>> rows, boolean truncated) {

    public static QueryResult read(ResultSet rs, int maxRows) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            columns.add(md.getColumnLabel(i));
        }
        List<List<String>> rows = new ArrayList<>();
        boolean truncated = false;
        while (rs.next()) {
            if (rows.size() >= maxRows) {
                truncated = true;
                break;
            }
            List<String> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                Object v = rs.getObject(i);
                row.add(v == null ? null : rs.getString(i));
            }
            rows.add(row);
        }
        return new QueryResult(columns, rows, truncated);
    }
}
