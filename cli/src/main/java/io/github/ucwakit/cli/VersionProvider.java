package io.github.ucwakit.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {version()};
    }

    /** {@code ucwakit VERSION}; also what the command line adds to the configuration fingerprint. */
    static String version() {
        String version = UcwakitCommand.class.getPackage().getImplementationVersion();
        return "ucwakit " + (version == null ? "development" : version);
    }
}
