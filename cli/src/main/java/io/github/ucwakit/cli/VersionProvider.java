package io.github.ucwakit.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = UcwakitCommand.class.getPackage().getImplementationVersion();
        return new String[] {"ucwakit " + (version == null ? "development" : version)};
    }
}
