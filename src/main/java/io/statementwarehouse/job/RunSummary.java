package io.statementwarehouse.job;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of one run, printed at its end, kept in the job repository and in {@code etl_run}. */
public record RunSummary(long runId, String runDate, int files, int filesSkipped, long releases, long sentences,
                         Map<String, Long> statementsByClass, long duplicates, long rejects, Map<String, Long> rejectsByReason,
                         List<String> topUnresolved, double seconds) implements Serializable {

    public RunSummary {
        statementsByClass = new LinkedHashMap<>(statementsByClass);
        rejectsByReason = new LinkedHashMap<>(rejectsByReason);
        topUnresolved = List.copyOf(topUnresolved);
    }

    public long count(String statementClass) {
        return statementsByClass.getOrDefault(statementClass, 0L);
    }

    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Run %d (%s) finished in %.1f s%n", runId, runDate, seconds));
        sb.append(String.format("  files       %,d loaded, %,d unchanged and skipped%n", files, filesSkipped));
        sb.append(String.format("  releases    %,d%s%n", releases,
                seconds > 0 && releases > 0 ? String.format(" (%,.0f per second)", releases / seconds) : ""));
        sb.append(String.format("  sentences   %,d%n", sentences));
        sb.append(String.format("  duplicates  %,d republished copies stored once (see etl_duplicate)%n", duplicates));
        sb.append(String.format("  statements  PLEDGE %,d  INTENT %,d  APPEAL %,d  DEMAND %,d%n",
                count("PLEDGE"), count("INTENT"), count("APPEAL"), count("DEMAND")));
        sb.append(String.format("  rejects     %,d%n", rejects));
        rejectsByReason.forEach((reason, n) -> sb.append(String.format("              %,6d  %s%n", n, reason)));
        if (!topUnresolved.isEmpty()) {
            sb.append("  unresolved names (most frequent first): ").append(String.join(", ", topUnresolved)).append('\n');
        }
        return sb.toString();
    }
}
