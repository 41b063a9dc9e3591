package io.statementwarehouse.nlp;

import java.time.LocalDate;
import java.util.List;

/**
 * One person in one role for one period: a row of the type-2 actor dimension. {@code validTo}
 * null means still in office as far as the reference data knows.
 */
public record PersonRole(long actorKey, String personId, String name, String country, String role,
                         LocalDate validFrom, LocalDate validTo, List<String> variants) {

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
