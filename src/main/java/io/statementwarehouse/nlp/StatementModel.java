package io.statementwarehouse.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;

/**
 * The learned decision of a sentence's class: an L2-regularized logistic regression (liblinear) over the features of
 * {@link StatementFeatures}, trained on the labelled releases by {@code train} (see README, "The statement model").
 * Gives each class a probability; the class with the highest is the sentence's, and its probability the statement's
 * {@code confidence}.
 *
 * <p>The file ({@code model/statement-model.txt} in the resources) is text: a header, the classes, the feature names
 * (their line is their index), then liblinear's own model text.
 */
public final class StatementModel {

    public static final String RESOURCE = "model/statement-model.txt";

    private final List<StatementClass> classes;
    private final Map<String, Integer> index;
    private final Model model;
    /**
     * A sentence is NONE when the model gives NONE at least this probability; otherwise it takes the likeliest of the
     * other classes (the analyzer then also makes it NONE when NONE is likelier than every class the rules allow). 0.5,
     * the likeliest class: cross-validated, higher thresholds traded precision for recall with no better F1.
     */
    private final double noneThreshold;
    /** The model's label for each class of {@link #classes}, in the order of its probabilities. */
    private final StatementClass[] byLabelOrder;

    public StatementModel(List<StatementClass> classes, Map<String, Integer> index, Model model, double noneThreshold) {
        this.noneThreshold = noneThreshold;
        this.classes = List.copyOf(classes);
        this.index = index;
        this.model = model;
        int[] labels = model.getLabels();
        this.byLabelOrder = new StatementClass[labels.length];
        for (int i = 0; i < labels.length; i++) {
            byLabelOrder[i] = this.classes.get(labels[i]);
        }
    }

    /** The model shipped in the resources, or null when there is none (the rules decide alone). */
    public static StatementModel shipped() {
        String file = System.getProperty("sw.statement-model");
        if (file != null && !file.isBlank()) { // a model of the user's own (trained with `train`), instead of the shipped one
            try (BufferedReader in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(file), StandardCharsets.UTF_8)) {
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the statement model " + file, e);
            }
        }
        try (InputStream in = StatementModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The probability of each class for a sentence with these features. */
    public Prediction predict(List<String> features) {
        Feature[] x = vector(features, index);
        double[] p = new double[byLabelOrder.length];
        Linear.predictProbability(model, x, p);
        int best = -1;
        int none = -1;
        for (int i = 0; i < p.length; i++) {
            if (byLabelOrder[i] == StatementClass.NONE) {
                none = i;
            } else if (best < 0 || p[i] > p[best]) {
                best = i;
            }
        }
        if (best < 0 || (none >= 0 && p[none] >= noneThreshold)) {
            best = none;
        }
        Map<StatementClass, Double> probabilities = new java.util.EnumMap<>(StatementClass.class);
        for (int i = 0; i < p.length; i++) {
            probabilities.put(byLabelOrder[i], p[i]);
        }
        return new Prediction(byLabelOrder[best], p[best], probabilities);
    }

    /** A class with its probability, and every class's. */
    public record Prediction(StatementClass statementClass, double probability, Map<StatementClass, Double> probabilities) {
    }

    /** The sparse vector of a sentence: the indices of the features the model knows, ascending, each 1. */
    public static Feature[] vector(List<String> features, Map<String, Integer> index) {
        // Plain loops: this runs for every sentence with a cue word, and a stream pipeline with distinct() and sorted()
        // cost as much as the lookups themselves. The indices are marked in a bit set (the model knows a few hundred
        // features): read back in order, they come out ascending and each once, where sorting them was 2% of the
        // analysis in a JFR profile.
        long[] marked = new long[(index.size() >> 6) + 1];
        int n = 0;
        for (String f : features) {
            Integer id = index.get(f);
            if (id != null) {
                long bit = 1L << id;
                int word = id >> 6;
                if ((marked[word] & bit) == 0) {
                    marked[word] |= bit;
                    n++;
                }
            }
        }
        Feature[] x = new Feature[n];
        int i = 0;
        for (int word = 0; word < marked.length; word++) {
            for (long bits = marked[word]; bits != 0; bits &= bits - 1) {
                x[i++] = new FeatureNode((word << 6) + Long.numberOfTrailingZeros(bits), 1.0);
            }
        }
        return x;
    }

    public void write(Writer out, String header) throws IOException {
        for (String line : header.split("\n")) {
            out.write("# " + line + "\n");
        }
        out.write("classes\t" + String.join("\t", classes.stream().map(Enum::name).toList()) + "\n");
        out.write("none_threshold\t" + noneThreshold + "\n");
        String[] names = new String[index.size()];
        index.forEach((name, i) -> names[i - 1] = name);
        out.write("features\t" + names.length + "\n");
        for (String name : names) {
            out.write(name + "\n");
        }
        StringWriter model = new StringWriter();
        this.model.save(model);
        out.write(model.toString());
    }

    public static StatementModel read(BufferedReader in) throws IOException {
        String line = in.readLine();
        while (line != null && line.startsWith("#")) {
            line = in.readLine();
        }
        if (line == null || !line.startsWith("classes\t")) {
            throw new IOException("not a statement model: no classes line");
        }
        List<StatementClass> classes = Arrays.stream(line.substring(8).split("\t")).map(StatementClass::valueOf).toList();
        double noneThreshold = Double.parseDouble(in.readLine().split("\t")[1]);
        String[] count = in.readLine().split("\t");
        int n = Integer.parseInt(count[1]);
        Map<String, Integer> index = new HashMap<>(n * 2);
        for (int i = 1; i <= n; i++) {
            index.put(in.readLine(), i);
        }
        StringBuilder rest = new StringBuilder();
        char[] buf = new char[1 << 16];
        for (int r; (r = in.read(buf)) > 0; ) {
            rest.append(buf, 0, r);
        }
        return new StatementModel(classes, index, Model.load(new StringReader(rest.toString())), noneThreshold);
    }

    public List<StatementClass> classes() {
        return classes;
    }

    /** The feature names the model knows, by index. */
    public List<String> featureNames() {
        List<String> names = new ArrayList<>(java.util.Collections.nCopies(index.size(), (String) null));
        index.forEach((name, i) -> names.set(i - 1, name));
        return names;
    }
}
