package org.treatygraph.evaluation;

/** Counts of true positives, false positives and false negatives, and the scores they give. */
public record Score(int truePositives, int falsePositives, int falseNegatives) {

    public static final Score ZERO = new Score(0, 0, 0);

    public Score plus(Score other) {
        return new Score(this.truePositives + other.truePositives, this.falsePositives + other.falsePositives,
                this.falseNegatives + other.falseNegatives);
    }

    public double precision() {
        int predicted = this.truePositives + this.falsePositives;
        return predicted == 0 ? 1.0 : (double) this.truePositives / predicted;
    }

    public double recall() {
        int expected = this.truePositives + this.falseNegatives;
        return expected == 0 ? 1.0 : (double) this.truePositives / expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

}
