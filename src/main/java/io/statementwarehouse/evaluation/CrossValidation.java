package io.statementwarehouse.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.statementwarehouse.nlp.AnalyzedRelease;
import io.statementwarehouse.nlp.ReferenceData;
import io.statementwarehouse.nlp.ReleaseAnalyzer;
import io.statementwarehouse.nlp.Sentence;
import io.statementwarehouse.nlp.Statement;
import io.statementwarehouse.nlp.StatementClass;
import io.statementwarehouse.nlp.StatementModel;
import io.statementwarehouse.warehouse.ChunkWriter;
import io.statementwarehouse.warehouse.LoadItem;
import io.statementwarehouse.warehouse.SchemaManager;
import io.statementwarehouse.warehouse.Warehouse;

/**
 * Scores the learned extraction honestly: every labelled release is analyzed by a model that was not trained on it.
 * By folds of whole releases (k-fold), or by source (train on the other sources, test on one). The held-out analyses
 * are loaded into a real warehouse and scored by {@link Evaluator}, as a user's warehouse would be.
 */
public final class CrossValidation {

    /** The scores of held-out releases, and how often statements of each confidence band were right. */
    public record Result(Evaluator.Report report, List<Calibration> calibration) {
    }

    /** Statements whose confidence is in [from, to): how many, and how many had the labelled class. */
    public record Calibration(double from, double to, int statements, int right) {
        public double share() {
            return statements == 0 ? Double.NaN : (double) right / statements;
        }
    }

    private final ReferenceData reference;
    private final double c;
    private final double noneThreshold;
    private final Path workDir;

    public CrossValidation(ReferenceData reference, double c, double noneThreshold, Path workDir) {
        this.reference = reference;
        this.c = c;
        this.noneThreshold = noneThreshold;
        this.workDir = workDir;
    }

    /** k folds of whole releases: a release's fold comes from a hash of its id, so it does not depend on the order. */
    public Result byRelease(List<GoldCorpus.Labelled> releases, int k) throws Exception {
        return heldOut(releases, l -> String.valueOf(Math.floorMod(l.id().hashCode() * 31 + 7, k)), "folds-" + k);
    }

    /** One group per source: each source's releases analyzed by a model trained on the other sources. */
    public Map<String, Result> bySource(List<GoldCorpus.Labelled> releases) throws Exception {
        Map<String, Result> out = new LinkedHashMap<>();
        List<String> sources = releases.stream().map(GoldCorpus.Labelled::source).distinct().sorted().toList();
        for (String source : sources) {
            List<GoldCorpus.Labelled> test = releases.stream().filter(l -> l.source().equals(source)).toList();
            List<GoldCorpus.Labelled> train = releases.stream().filter(l -> !l.source().equals(source)).toList();
            StatementModel model = StatementTraining.train(new StatementTraining(new ReleaseAnalyzer(reference, null)).examplesWithSpec(train), c, noneThreshold);
            out.put(source, score(test, Map.of(source, model), l -> source, "source-" + out.size()));
        }
        return out;
    }

    private Result heldOut(List<GoldCorpus.Labelled> releases, Function<GoldCorpus.Labelled, String> groupOf, String name) throws Exception {
        List<StatementTraining.Example> examples = new StatementTraining(new ReleaseAnalyzer(reference, null)).examplesWithSpec(releases);
        Map<String, String> groupById = releases.stream().collect(Collectors.toMap(GoldCorpus.Labelled::id, groupOf, (a, b) -> a));
        Map<String, StatementModel> models = new LinkedHashMap<>();
        for (String group : groupById.values().stream().distinct().sorted().toList()) {
            List<StatementTraining.Example> train = examples.stream().filter(e -> !group.equals(groupById.get(e.releaseId()))).toList();
            models.put(group, StatementTraining.train(train, c, noneThreshold));
        }
        return score(releases, models, groupOf, name);
    }

    /** Analyzes each release with its group's model, loads them into a warehouse, and scores it. */
    private Result score(List<GoldCorpus.Labelled> releases, Map<String, StatementModel> models,
                         Function<GoldCorpus.Labelled, String> groupOf, String name) throws Exception {
        Map<String, ReleaseAnalyzer> analyzers = new LinkedHashMap<>();
        models.forEach((group, model) -> analyzers.put(group, new ReleaseAnalyzer(reference, model)));
        List<LoadItem> items = new ArrayList<>();
        List<Calibration> bands = bands();
        for (GoldCorpus.Labelled l : releases) {
            AnalyzedRelease a = analyzers.get(groupOf.apply(l)).analyze(l.release());
            items.add(new LoadItem.Loaded(a));
            calibrate(a, l.gold(), bands);
        }
        Path file = workDir.resolve(name + ".duckdb");
        Files.deleteIfExists(file);
        Warehouse warehouse = new Warehouse(file);
        try (Connection c = warehouse.openReadWrite()) {
            SchemaManager schema = new SchemaManager();
            schema.apply(c);
            schema.refreshReferenceDimensions(c, reference);
            new ChunkWriter(c).write(items, 1);
            return new Result(new Evaluator().evaluate(c, releases.stream().map(GoldCorpus.Labelled::gold).toList()), bands);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(warehouse.walFile());
        }
    }

    private static List<Calibration> bands() {
        List<Calibration> out = new ArrayList<>();
        double[] edges = {0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001};
        for (int i = 0; i + 1 < edges.length; i++) {
            out.add(new Calibration(edges[i], edges[i + 1], 0, 0));
        }
        return out;
    }

    /** Each statement of the analysis counts in its confidence band, as right when the labelled sentence has its class. */
    private static void calibrate(AnalyzedRelease a, GoldRelease gold, List<Calibration> bands) {
        List<Set<String>> goldWords = gold.sentences().stream().map(g -> Evaluator.words(g.text())).toList();
        for (int i = 0; i < a.sentences().size(); i++) {
            Statement st = a.statements().get(i);
            if (st.statementClass() == StatementClass.NONE) {
                continue;
            }
            Sentence s = a.sentences().get(i);
            StatementClass labelled = StatementTraining.label(Evaluator.words(s.text()), goldWords, gold.sentences());
            if (labelled == null) {
                continue;
            }
            for (int b = 0; b < bands.size(); b++) {
                Calibration band = bands.get(b);
                if (st.confidence() >= band.from() && st.confidence() < band.to()) {
                    bands.set(b, new Calibration(band.from(), band.to(), band.statements() + 1,
                            band.right() + (labelled == st.statementClass() ? 1 : 0)));
                }
            }
        }
    }

    /** The calibration as a table: band, statements, right, share. */
    public static String calibrationTable(List<Calibration> bands) {
        StringBuilder sb = new StringBuilder(String.format("%-12s %10s %7s %7s%n", "confidence", "statements", "right", "share"));
        for (Calibration b : bands) {
            sb.append(String.format("%-12s %10d %7d %7.3f%n", String.format("[%.2f, %.2f)", b.from(), Math.min(1.0, b.to())),
                    b.statements(), b.right(), b.share()));
        }
        int n = bands.stream().filter(b -> b.from() >= 0.9).mapToInt(Calibration::statements).sum();
        int r = bands.stream().filter(b -> b.from() >= 0.9).mapToInt(Calibration::right).sum();
        sb.append(String.format("%-12s %10d %7d %7.3f%n", ">= 0.90", n, r, n == 0 ? Double.NaN : (double) r / n));
        return sb.toString();
    }

}
