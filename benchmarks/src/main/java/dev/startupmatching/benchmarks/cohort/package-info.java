/** The cohort benchmark: choosing hundreds of startups out of a large generated collection. */
package dev.startupmatching.benchmarks.cohort;
