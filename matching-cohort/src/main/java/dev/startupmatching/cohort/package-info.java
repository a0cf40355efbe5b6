/**
 * Choosing a cohort: which startups to invite and which business unit meets each, so that the total
 * fit is as high as it can be under the units' capacities, the cohort's size, quotas, startups that
 * must be in or stay out, and a minimum fit.
 *
 * <p>{@link dev.startupmatching.cohort.CohortPlanner} is the entry point. Its input is the
 * candidate pairs, a need's best startups each with the matcher's calibrated fit ({@link
 * dev.startupmatching.cohort.Pairing}); its answer, a {@link dev.startupmatching.cohort.Cohort},
 * says why each startup is in, why the best of each need that are not are out, and which
 * constraints bind. The assignment is solved exactly, as an integer program, by OR-Tools' CP-SAT
 * solver; a quota that cannot be met gets a {@link
 * dev.startupmatching.cohort.CohortInfeasibleException} naming the constraints that conflict.
 */
package dev.startupmatching.cohort;
