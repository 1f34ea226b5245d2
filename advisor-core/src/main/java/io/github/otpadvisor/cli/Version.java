package io.github.otpadvisor.cli;

/** The tool's version, from the jar manifest (Implementation-Version) when packaged. */
final class Version {
    private Version() {
    }

    static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
