package org.treatygraph.extraction;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.maxent.quasinewton.Function;
import opennlp.tools.ml.maxent.quasinewton.NegLogLikelihood;
import opennlp.tools.ml.maxent.quasinewton.QNMinimizer;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractDataIndexer;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

import org.treatygraph.extraction.ExtractedGraph.Statement;

/**
 * Decides a statement's stance from its {@link StanceFeatures}: a maximum-entropy model trained on the
 * annotated corpus ({@code treatygraph train-stance}). The cue rules alone read a word's polarity; the model
 * also learns what the rules cannot weigh by hand: which of their answers this kind of statement tends to
 * overturn, and how writers draw "neutral" for a state describing another. When it agrees with the rules
 * the rules' cue stays the evidence; when it overturns them, the evidence is the word that weighed most.
 */
public final class StanceModel {

    /** The bundled model, trained from {@code src/test/resources/corpus}. */
    public static final String RESOURCE = "/extraction/stance-model.bin.gz";

    /** A statement with the stance a human reader gave it. */
    public record Example(Stance stance, String[] features) {
    }

    /** L2 penalty and feature cut-off: chosen by leave-a-writer-out cross-validation over the corpus. */
    static final double L2_COST = 2.0;

    static final int CUTOFF = 2;

    private static volatile StanceModel bundled;

    private final AbstractModel model;

    /**
     * The model's parameters laid out for deciding: an open-addressing table from a feature's name hash
     * ({@link StanceFeatures#hash}) to its weight for each stance, so that a decision is a few probes and
     * additions, with no string per feature. An entry is three longs, the hash (zero: empty) and the four
     * weights as floats, so that a probe usually reads one cache line. The names are kept apart, to say
     * which words decided when the model overturns the rules.
     */
    private final long[] table;

    private final String[] names;

    private final int mask;

    private static final int STANCES = Stance.values().length;

    private static final int ENTRY = 3;

    @SuppressWarnings("unchecked")
    private StanceModel(AbstractModel model) {
        this.model = model;
        var parameters = (Map<String, Context>) model.getDataStructures()[1];
        var stanceOf = new Stance[model.getNumOutcomes()];
        for (int outcome = 0; outcome < stanceOf.length; outcome++) {
            stanceOf[outcome] = Stance.valueOf(model.getOutcome(outcome));
        }
        int capacity = Integer.highestOneBit(Math.max(16, parameters.size() * 3 / 2)) * 2;
        this.mask = capacity - 1;
        this.table = new long[capacity * ENTRY];
        this.names = new String[capacity];
        parameters.forEach((feature, context) -> {
            long hash = StanceFeatures.hash(feature);
            int slot = slotOf(hash);
            var weights = new float[STANCES];
            for (int i = 0; i < context.getOutcomes().length; i++) {
                weights[stanceOf[context.getOutcomes()[i]].ordinal()] = (float) context.getParameters()[i];
            }
            this.table[slot * ENTRY] = hash;
            this.table[slot * ENTRY + 1] = pack(weights[0], weights[1]);
            this.table[slot * ENTRY + 2] = pack(weights[2], weights[3]);
            this.names[slot] = feature;
        });
    }

    private static long pack(float first, float second) {
        return (long) Float.floatToRawIntBits(first) << 32 | (Float.floatToRawIntBits(second) & 0xffffffffL);
    }

    /** The weight of the feature in {@code slot} for the stance numbered {@code stance}. */
    private float weight(int slot, int stance) {
        long packed = this.table[slot * ENTRY + 1 + stance / 2];
        return Float.intBitsToFloat((int) (stance % 2 == 0 ? packed >>> 32 : packed));
    }

    /** The slot of a hash: its own if present, else the empty one where it would go. */
    private int slotOf(long hash) {
        int slot = (int) (hash ^ (hash >>> 32)) & this.mask;
        long found;
        while ((found = this.table[slot * ENTRY]) != 0 && found != hash) {
            slot = (slot + 1) & this.mask;
        }
        return slot;
    }

    public static StanceModel bundled() {
        var model = bundled;
        if (model == null) {
            try (InputStream in = StanceModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The stance model " + RESOURCE + " is not on the class path");
                }
                model = read(in);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            bundled = model;
        }
        return model;
    }

    /** Reads a model as {@link #write} wrote it: OpenNLP's binary model format, gzipped. */
    public static StanceModel read(InputStream in) throws IOException {
        return new StanceModel(new GenericModelReader(new BinaryFileDataReader(new GZIPInputStream(in))).getModel());
    }

    public void write(OutputStream out) throws IOException {
        var zipped = new GZIPOutputStream(out);
        var data = new DataOutputStream(zipped);
        new GenericModelWriter(this.model, data).persist();
        data.flush();
        zipped.finish();
    }

    /** Deterministic: the same examples in the same order give the same model. */
    public static StanceModel train(List<Example> examples) throws IOException {
        var parameters = TrainingParameters.defaultParams();
        parameters.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        parameters.put(AbstractDataIndexer.SORT_PARAM, true);
        var events = new ArrayList<Event>(examples.size());
        for (var example : examples) {
            events.add(new Event(example.stance().name(), example.features()));
        }
        var indexer = DataIndexerFactory.getDataIndexer(parameters, new HashMap<>());
        indexer.index(ObjectStreamUtils.createObjectStream(events));
        var likelihood = new NegLogLikelihood(indexer);
        var weights = minimise(likelihood);
        // Laid out as OpenNLP's QNTrainer lays out its own result: one context per feature, its outcomes' weights.
        var features = indexer.getPredLabels();
        var outcomes = indexer.getOutcomeLabels();
        var contexts = new Context[features.length];
        for (int feature = 0; feature < features.length; feature++) {
            var outcomeIds = new ArrayList<Integer>(outcomes.length);
            var values = new ArrayList<Double>(outcomes.length);
            for (int outcome = 0; outcome < outcomes.length; outcome++) {
                double weight = weights[outcome * features.length + feature];
                if (weight != 0) {
                    outcomeIds.add(outcome);
                    values.add(weight);
                }
            }
            contexts[feature] = new Context(outcomeIds.stream().mapToInt(Integer::intValue).toArray(),
                    values.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return new StanceModel(new QNModel(contexts, features, outcomes));
    }

    /** Runs of the minimiser at most, each restarted from where the last one stopped. */
    static final int MAX_RUNS = 25;

    /**
     * The weights that minimise the L2-penalised negative log-likelihood. OpenNLP's L-BFGS minimiser stops as soon
     * as one iteration improves the objective by less than 1e-4 of itself, which a short line-search step can do
     * long before the optimum (one cross-validation fold stopped after six iterations at 80% training accuracy).
     * So it is restarted from where it stopped, the penalty applied here to the weights themselves, until a whole
     * run gains almost nothing.
     */
    private static double[] minimise(Function likelihood) {
        var weights = new double[likelihood.getDimension()];
        double value = penalised(likelihood, weights);
        for (int run = 0; run < MAX_RUNS; run++) {
            var objective = new PenalisedFrom(likelihood, weights);
            var next = objective.at(new QNMinimizer(0, 0, 200, QNMinimizer.M_DEFAULT, QNMinimizer.MAX_FCT_EVAL_DEFAULT)
                .minimize(objective));
            double nextValue = penalised(likelihood, next);
            if (nextValue >= value) {
                break;
            }
            weights = next;
            boolean settled = value - nextValue <= 1e-6 * Math.abs(value);
            value = nextValue;
            if (settled) {
                break;
            }
        }
        return weights;
    }

    private static double penalised(Function likelihood, double[] weights) {
        // As OpenNLP's minimiser penalises: the cost times the sum of the squared weights.
        return likelihood.valueAt(weights) + L2_COST * ArrayMath.innerProduct(weights, weights);
    }

    /** The penalised objective seen from {@code origin}: a minimiser that starts at zero starts there. */
    private record PenalisedFrom(Function likelihood, double[] origin) implements Function {

        @Override
        public int getDimension() {
            return this.origin.length;
        }

        private double[] at(double[] step) {
            var point = new double[step.length];
            for (int i = 0; i < step.length; i++) {
                point[i] = this.origin[i] + step[i];
            }
            return point;
        }

        @Override
        public double valueAt(double[] step) {
            return penalised(this.likelihood, at(step));
        }

        @Override
        public double[] gradientAt(double[] step) {
            var point = at(step);
            var gradient = this.likelihood.gradientAt(point).clone();
            for (int i = 0; i < gradient.length; i++) {
                gradient[i] += 2 * L2_COST * point[i];
            }
            return gradient;
        }

    }

    /** The statements of a graph extracted by the rules, each with the stance the model gives it. */
    List<Statement> restate(ExtractedGraph graph) {
        var features = new StanceFeatures(graph);
        var restated = new ArrayList<Statement>(graph.statements().size());
        for (var statement : graph.statements()) {
            var decided = decide(features.hashes(statement), statement.stance(), statement.cue());
            restated.add(new Statement(statement.key(), statement.speaker(), statement.about(), decided.stance(),
                    decided.cue(), statement.kind(), statement.text(), statement.start(), statement.end(), statement.date()));
        }
        return restated;
    }

    /** The stance of the statement with these features ({@link StanceFeatures#of}). */
    public Stance classify(String[] features) {
        var hashes = new long[features.length];
        for (int i = 0; i < features.length; i++) {
            hashes[i] = StanceFeatures.hash(features[i]);
        }
        return decide(hashes, null, null).stance();
    }

    /**
     * The model's stance; the rules' cue stays its evidence when the rules agree, else the words that most moved
     * the decision away from the rules' answer, as they read.
     */
    StanceClassifier.Result decide(long[] features, Stance ruled, String ruledCue) {
        var sums = new double[STANCES];
        for (var feature : features) {
            int slot = slotOf(feature);
            if (this.table[slot * ENTRY] != 0) {
                for (int i = 0; i < STANCES; i++) {
                    sums[i] += weight(slot, i);
                }
            }
        }
        int best = 0;
        for (int i = 1; i < STANCES; i++) {
            if (sums[i] > sums[best]) {
                best = i;
            }
        }
        var stance = Stance.values()[best];
        if (ruled == null || stance == ruled) {
            return new StanceClassifier.Result(stance, ruledCue);
        }
        String cue = null;
        double most = 0;
        for (var feature : features) {
            int slot = slotOf(feature);
            var name = this.names[slot];
            if (name == null || !(name.startsWith(StanceFeatures.WORD) || name.startsWith(StanceFeatures.BIGRAM)
                    || name.startsWith(StanceFeatures.ATTRIBUTION))) {
                continue;
            }
            double lift = weight(slot, stance.ordinal()) - weight(slot, ruled.ordinal());
            if (lift > most) {
                most = lift;
                cue = name;
            }
        }
        return new StanceClassifier.Result(stance, cue == null ? null : cue.substring(2).replace('_', ' '));
    }

}
