package dev.startupmatching.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest, or "development" when run from classes. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = StartupMatchCli.class.getPackage().getImplementationVersion();
    return new String[] {"startup-match " + (version == null ? "development" : version)};
  }
}
