package org.fusioncentre.fusion.scoring;

/**
 * The evidence the pair scorer weighs, each an indicator that is 1 for a pair when it holds. The
 * prior is the weight set by hand from reading reports; the weights in use are fitted to labelled
 * report sets and pulled towards the prior ({@link PairWeightFitter}, {@code fusion calibrate}).
 */
public enum PairFeature {
    BIAS(-1.5, "every pair"),
    SAME_DAY(2.0, "date ranges overlap"),
    ONE_DAY_APART_VAGUE(0.6, "a day apart, one date vague"),
    ONE_DAY_APART(-1.0, "a day apart, both dated to the day"),
    TWO_DAYS_APART(-1.5, "two days apart"),
    TYPE_SAME(1.2, "same event type"),
    TYPE_BOTH_EXPLOSIVE(-0.2, "bombing, suicide attack or sabotage on both sides"),
    TYPE_ASSAULT_AND_STATE_ACTION(-1.0, "an assault against an operation or air strike"),
    TYPE_ASSAULT_AND_SURE_EXPLOSIVE(-1.2, "an assault against an explosive type, both sure"),
    TYPE_ASSAULT_AND_OTHER(-0.4, "an assault against another type"),
    TYPE_EXPLOSIVE_AND_GUNFIRE(-1.5, "explosives against gunfire"),
    TYPE_BOTH_GUNFIRE(-0.4, "two kinds of gunfire"),
    TYPE_CLASH_AND_OPERATION(-0.2, "a clash against an operation"),
    TYPE_UNRELATED(-1.5, "unrelated types"),
    CLOCKS_AGREE(0.8, "clock times agree"),
    TIMES_AGREE(0.2, "times of day agree, one a part of the day"),
    TIMES_NEAR(-0.3, "times of day an hour or so beyond agreement"),
    CLOCKS_APART(-1.8, "clock times hours apart"),
    TIMES_APART(-0.8, "times of day hours apart, one a part of the day"),
    LOCATION_MISSING(-0.5, "one has no location"),
    DISTRICT_SAME(0.8, "same district"),
    DISTRICT_DIFFERENT(-2.5, "different districts"),
    DISTRICT_CARVED_OUT(0.3, "one district was carved out of the other (the old name and the new)"),
    DISTRICT_NEIGHBOURING(0.0, "neighbouring districts, one of them all a report gives (a dateline, the next town)"),
    TEHSIL_SAME(0.5, "same tehsil"),
    TEHSIL_DIFFERENT(-1.5, "different tehsils"),
    PLACE_SAME(1.0, "same place name (or one inside the other)"),
    PLACE_DIFFERENT_IN_TABLE(-0.3, "different place names, one from an incident table"),
    PLACE_DIFFERENT(-0.8, "different place names"),
    NEAR(0.6, "fine locations under 5 km apart"),
    MIDDLE_DISTANCE(-0.3, "fine locations 30-60 km apart"),
    FAR(-1.0, "fine locations over 60 km apart"),
    KILLED_BOTH_ZERO(0.2, "both say no one was killed"),
    KILLED_SAME_ONE(0.3, "both say one killed"),
    KILLED_SAME_FEW(0.6, "same toll of two or three"),
    KILLED_SAME_MANY(1.0, "same toll of four or more"),
    KILLED_NONE_AND_SOME(-0.6, "one says none killed, the other some"),
    KILLED_RISES(0.1, "the later report's toll is up to three times higher"),
    KILLED_RISES_STEEPLY(-0.5, "the later report's toll is over three times higher"),
    KILLED_FALLS(-0.1, "the later report's toll is slightly lower"),
    KILLED_FALLS_STEEPLY(-0.9, "the later report's toll is much lower"),
    INJURED_SAME(0.4, "same number injured"),
    INJURED_FAR_APART(-0.5, "injured figures over twice apart"),
    DEAD_IN_ONE_ONLY(-0.3, "one names dead, the other only injured"),
    MILITANTS_KILLED_SAME(0.6, "the same number of militants killed, one or more"),
    PERPETRATOR_SAME(0.6, "same perpetrator"),
    PERPETRATOR_DIFFERENT(-0.6, "different perpetrators"),
    TARGETS_SHARED(0.3, "a target in common"),
    TARGETS_DISJOINT(-0.4, "no target in common"),
    TEXT_SHARES_DETAILS(1.0, "three or more distinctive words in common, a third of the shorter passage's"),
    TEXT_SHARES_SOME(0.4, "two distinctive words in common, or more but a small share"),
    TEXT_SHARES_NOTHING(-1.2, "no distinctive word in common, each passage with eight or more");

    private final double prior;
    private final String meaning;

    PairFeature(double prior, String meaning) {
        this.prior = prior;
        this.meaning = meaning;
    }

    public double prior() {
        return prior;
    }

    public String meaning() {
        return meaning;
    }
}
