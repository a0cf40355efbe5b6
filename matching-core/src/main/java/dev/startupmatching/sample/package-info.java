/** A small fictional example dataset, built in so that everything runs without input files. */
package dev.startupmatching.sample;
