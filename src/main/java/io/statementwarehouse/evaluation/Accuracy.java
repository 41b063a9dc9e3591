package io.statementwarehouse.evaluation;

/** A share of correct answers. */
public final class Accuracy {

    private long correct;
    private long total;

    public void add(boolean isCorrect) {
        total++;
        if (isCorrect) {
            correct++;
        }
    }

    public long correct() {
        return correct;
    }

    public long total() {
        return total;
    }

    public double value() {
        return total == 0 ? 1.0 : (double) correct / total;
    }
}
