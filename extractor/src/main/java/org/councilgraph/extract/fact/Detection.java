package org.councilgraph.extract.fact;

/**
 * How the person in a fact was found: by councilgraph's rules (layout, lexicons and patterns), by
 * the trained name finder, or by both; with the name finder's probability when it found it.
 *
 * @param byRules a rule found the mention
 * @param byModel the name finder found the mention
 * @param confidence the name finder's probability for the mention (0 to 1), or NaN when it did not find it
 */
public record Detection(boolean byRules, boolean byModel, double confidence) {

    /** Found by the rules alone. */
    public static final Detection RULES = new Detection(true, false, Double.NaN);

    public Detection {
        if (!byRules && !byModel) {
            throw new IllegalArgumentException("a mention is found by the rules, the model or both");
        }
        if (byModel != !Double.isNaN(confidence)) {
            throw new IllegalArgumentException("a confidence belongs to, and only to, a mention the model found");
        }
    }

    /** Found by the name finder alone, with probability {@code p}. */
    public static Detection model(double p) {
        return new Detection(false, true, p);
    }

    /** This detection, with the name finder finding the same mention with probability {@code p}. */
    public Detection alsoByModel(double p) {
        return new Detection(byRules, true, byModel ? Math.max(confidence, p) : p);
    }

    /** Both detections together: found by whatever found either, with the higher confidence. */
    public Detection and(Detection other) {
        double p = Double.isNaN(confidence) ? other.confidence
                : Double.isNaN(other.confidence) ? confidence : Math.max(confidence, other.confidence);
        return new Detection(byRules || other.byRules, byModel || other.byModel, p);
    }
}
