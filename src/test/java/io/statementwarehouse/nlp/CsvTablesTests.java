package io.statementwarehouse.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CsvTablesTests {

    @Test
    void everyShippedReferenceTableHasAsManyFieldsInEachRowAsItsHeader() {
        for (String table : List.of("countries", "organizations", "persons", "source_homes", "statement_cues", "statement_classes",
                "statement_verb_classes", "source_kinds", "topic_keywords", "topic_organization_kinds", "topic_reading_words", "topics", "not_entities", "group_members",
                "person_name_words")) {
            assertThat(CsvTables.read("reference/" + table + ".csv")).as(table).isNotEmpty();
        }
    }

    @Test
    void aRowWithAnUnquotedCommaIsRejectedWithItsRowNumber() {
        // the quoted pattern reads whole; the same pattern unquoted splits at the comma of "{0,2}" into seven fields
        assertThatThrownBy(() -> CsvTables.read("fixtures/csv/unquoted-comma.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("row 3 has 7 fields where the header has 6");
    }

    @Test
    void aQuotedFieldKeepsItsCommasAndBackslashes() {
        Map<String, String> row = CsvTables.read("fixtures/csv/quoted-comma.csv").get(0);
        assertThat(row.get("pattern")).isEqualTo("\\bwill\\s+(?:\\w+\\s+){0,2}?act");
        assertThat(row.get("confidence")).isEqualTo("0.8");
    }
}
