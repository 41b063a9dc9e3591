package io.statementwarehouse.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.statementwarehouse.nlp.ReleaseAnalyzer;
import io.statementwarehouse.nlp.StatementClass;
import io.statementwarehouse.nlp.StatementModel;

/**
 * Trains the statement model on labelled releases: each release is analyzed by the rules alone (the evidence the model
 * weighs, exactly as when it decides), each sentence of the analysis gets the class of the labelled sentence it
 * matches (the scorer's rule: it holds at least 60% of its words), and a logistic regression is fitted with liblinear.
 * Deterministic: the examples come in the gold files' order, the features are numbered in name order, and liblinear's
 * solver for logistic regression uses no randomness.
 */
public final class StatementTraining {

    /** The regularization (liblinear's C), chosen by cross-validation by release over train + dev + open_gov. */
    public static final double DEFAULT_C = 0.5;
    /** A sentence is NONE when the model gives NONE at least this probability (see {@link StatementModel}). */
    public static final double DEFAULT_NONE_THRESHOLD = 0.5;
    /** A feature seen in fewer labelled sentences than this is left out of the model. */
    static final int MIN_COUNT = 2;

    /** One labelled sentence: the release it comes from, its features, its class. */
    public record Example(String releaseId, List<String> features, StatementClass label) {
    }

    private final ReleaseAnalyzer rulesOnly;

    public StatementTraining(ReleaseAnalyzer rulesOnly) {
        this.rulesOnly = rulesOnly;
    }

    /**
     * How many times each example sentence of the spec counts: they are the contract's own cases (EXTRACTION.md, sections 2
     * and 7), few beside the labelled releases, and a case the releases rarely show ("invited X to visit" is an INTENT)
     * would otherwise be outweighed by their most frequent words.
     */
    static final int SPEC_WEIGHT = 3;
    public static final String SPEC_EXAMPLES = "model/spec_examples.json";

    /** The spec's example sentences (resource {@value #SPEC_EXAMPLES}), each analyzed as a release of one sentence. */
    public List<Example> specExamples() {
        List<Example> out = new ArrayList<>();
        try (var in = StatementTraining.class.getClassLoader().getResourceAsStream(SPEC_EXAMPLES)) {
            var root = tools.jackson.databind.json.JsonMapper.builder().build().readTree(in);
            int n = 0;
            for (var node : root) {
                String text = node.path("text").asString();
                String source = node.path("source").asString();
                String title = node.path("title").asString();
                io.statementwarehouse.ingest.Release release = new io.statementwarehouse.ingest.Release(
                        io.statementwarehouse.ingest.ReleaseKeys.releaseKey(source, "spec-" + n), "spec-" + n, source, title, null,
                        java.time.LocalDate.of(2024, 11, 14), null, text, 0, SPEC_EXAMPLES, n,
                        io.statementwarehouse.ingest.ReleaseKeys.textHash(text), null);
                StatementClass label = StatementClass.valueOf(node.path("class").asString());
                String id = "spec-" + n++;
                rulesOnly.analyze(release, e -> {
                    for (int i = 0; i < SPEC_WEIGHT; i++) {
                        out.add(new Example(id, e.features(), label));
                    }
                });
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + SPEC_EXAMPLES, e);
        }
        return out;
    }

    /** The labelled sentences of these releases, and the spec's example sentences. */
    public List<Example> examplesWithSpec(List<GoldCorpus.Labelled> releases) {
        List<Example> out = examples(releases);
        out.addAll(specExamples());
        return out;
    }

    /** The labelled sentences of these releases. */
    public List<Example> examples(List<GoldCorpus.Labelled> releases) {
        List<Example> out = new ArrayList<>();
        for (GoldCorpus.Labelled l : releases) {
            List<ReleaseAnalyzer.SentenceEvidence> evidence = new ArrayList<>();
            rulesOnly.analyze(l.release(), evidence::add);
            List<Set<String>> goldWords = l.gold().sentences().stream().map(g -> Evaluator.words(g.text())).toList();
            for (ReleaseAnalyzer.SentenceEvidence e : evidence) {
                StatementClass label = label(Evaluator.words(e.sentence().text()), goldWords, l.gold().sentences());
                if (label != null) {
                    out.add(new Example(l.id(), e.features(), label));
                }
            }
        }
        return out;
    }

    /**
     * The class of the labelled sentences an analyzed sentence holds (the strongest, when the splitter joined two), or of
     * the labelled sentence it is a part of (when it cut one in two); null when it matches none.
     */
    static StatementClass label(Set<String> words, List<Set<String>> goldWords, List<GoldRelease.GoldSentence> gold) {
        StatementClass best = null;
        for (int i = 0; i < gold.size(); i++) {
            if (Evaluator.overlap(goldWords.get(i), words) >= Evaluator.MATCH_SHARE) {
                StatementClass c = StatementClass.valueOf(gold.get(i).cls());
                if (best == null || c.strength() > best.strength()) {
                    best = c;
                }
            }
        }
        if (best != null) {
            return best;
        }
        double share = Evaluator.MATCH_SHARE;
        for (int i = 0; i < gold.size(); i++) {
            double s = Evaluator.overlap(words, goldWords.get(i));
            if (s >= share) {
                share = s;
                best = StatementClass.valueOf(gold.get(i).cls());
            }
        }
        return best;
    }

    /** Fits the model to these sentences. */
    public static StatementModel train(List<Example> examples, double c, double noneThreshold) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Example e : examples) {
            for (String f : e.features()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= MIN_COUNT) {
                index.put(e.getKey(), index.size() + 1);
            }
        }
        List<StatementClass> classes = List.of(StatementClass.values());
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = index.size();
        problem.bias = -1;
        problem.x = new Feature[examples.size()][];
        problem.y = new double[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            problem.x[i] = StatementModel.vector(examples.get(i).features(), index);
            problem.y[i] = classes.indexOf(examples.get(i).label());
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Parameter parameter = new Parameter(SolverType.L2R_LR, c, 0.001);
        return new StatementModel(classes, index, Linear.train(problem, parameter), noneThreshold);
    }
}
