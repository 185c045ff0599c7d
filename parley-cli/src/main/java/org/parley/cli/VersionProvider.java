package org.parley.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so it is never out of step with the build. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"parley " + parleyVersion(),
                "Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name")};
    }

    /** This build's version, or {@code (development build)} outside a packaged jar. */
    static String parleyVersion() {
        String version = ParleyCommand.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }
}
