/**
 * The {@code startup-match} command line; {@link dev.startupmatching.cli.StartupMatchCli} is its
 * main class.
 */
package dev.startupmatching.cli;
