package io.statementwarehouse.nlp;

import java.util.List;

/** An international organization, group, institution or initiative with its analyst code. */
public record Organization(String code, String name, List<String> aliases, String kind, String parent) {
}
