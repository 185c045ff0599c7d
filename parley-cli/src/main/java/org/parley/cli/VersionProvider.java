package org.parley.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so it is never out of step with the build. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ParleyCommand.class.getPackage().getImplementationVersion();
        return new String[] {"parley " + (version == null ? "(development build)" : version),
                "Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name")};
    }
}
