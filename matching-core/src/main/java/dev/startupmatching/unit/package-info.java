/**
 * Ranking for a whole business unit: a {@link dev.startupmatching.unit.UnitRanker} matches each of
 * a unit's needs and aggregates the fits per startup by an {@link
 * dev.startupmatching.unit.Aggregation}, keeping each need's match as the breakdown.
 */
package dev.startupmatching.unit;
