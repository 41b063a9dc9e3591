package io.statementwarehouse.evaluation;

/** Counts of true positives, false positives and false negatives, with precision, recall and F1. */
public final class Scores {

    private long tp;
    private long fp;
    private long fn;

    public void add(long truePositives, long falsePositives, long falseNegatives) {
        tp += truePositives;
        fp += falsePositives;
        fn += falseNegatives;
    }

    public long tp() {
        return tp;
    }

    public long fp() {
        return fp;
    }

    public long fn() {
        return fn;
    }

    public double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
