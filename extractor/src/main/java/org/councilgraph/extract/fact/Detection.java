package org.councilgraph.extract.fact;

/**
 * How a fact's person was found: by councilgraph's rules (layout, lexicons and patterns), by
 * the trained name finder, by the trained participation model (which reads what the minutes
 * record of a person named), or by several; with the highest score a model gave it.
 *
 * @param byRules a rule found the mention
 * @param byModel the name finder found the mention
 * @param byParticipation the participation model read what the fact says of the person
 * @param confidence the highest probability a model gave (0 to 1), or NaN when no model found it
 */
public record Detection(boolean byRules, boolean byModel, boolean byParticipation, double confidence) {

    /** Found by the rules alone. */
    public static final Detection RULES = new Detection(true, false, false, Double.NaN);

    public Detection {
        if (!byRules && !byModel && !byParticipation) {
            throw new IllegalArgumentException("a mention is found by the rules, a model or both");
        }
        if ((byModel || byParticipation) != !Double.isNaN(confidence)) {
            throw new IllegalArgumentException("a confidence belongs to, and only to, a mention a model found");
        }
    }

    /** Found by the rules, the name finder or both, with the name finder's probability when it found it. */
    public Detection(boolean byRules, boolean byModel, double confidence) {
        this(byRules, byModel, false, confidence);
    }

    /** Found by the name finder alone, with probability {@code p}. */
    public static Detection model(double p) {
        return new Detection(false, true, false, p);
    }

    /** Read by the participation model, with probability {@code p}. */
    public static Detection participation(double p) {
        return new Detection(false, false, true, p);
    }

    /** This detection, with the name finder finding the same mention with probability {@code p}. */
    public Detection alsoByModel(double p) {
        return new Detection(byRules, true, byParticipation, Double.isNaN(confidence) ? p : Math.max(confidence, p));
    }

    /** Both detections together: found by whatever found either, with the higher confidence. */
    public Detection and(Detection other) {
        double p = Double.isNaN(confidence) ? other.confidence
                : Double.isNaN(other.confidence) ? confidence : Math.max(confidence, other.confidence);
        return new Detection(byRules || other.byRules, byModel || other.byModel, byParticipation || other.byParticipation, p);
    }
}
