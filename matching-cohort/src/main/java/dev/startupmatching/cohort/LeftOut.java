package dev.startupmatching.cohort;

/**
 * One of a need's best startups that the cohort does not pair with that need, and why.
 *
 * @param pairing the pair left out
 * @param reason why, in one sentence, such as "its unit's capacity went to better fits"
 */
public record LeftOut(Pairing pairing, String reason) {}
