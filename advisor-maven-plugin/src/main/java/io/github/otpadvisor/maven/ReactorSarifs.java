package io.github.otpadvisor.maven;

import io.github.otpadvisor.run.ReactorSarif;
import java.nio.file.Path;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;

/**
 * The reactor's one aggregated SARIF file per build. Mojo instances live for one execution and a parallel build
 * clones the session per module, but every clone shares the build's request: keyed by it, all modules of one
 * build add to the same file, and a later build (an embedded Maven, the invoker) starts afresh.
 */
final class ReactorSarifs {
    private static final Map<MavenExecutionRequest, ReactorSarif> BY_BUILD = new WeakHashMap<>();

    private ReactorSarifs() {
    }

    static synchronized ReactorSarif of(MavenSession session, Path file, String toolVersion) {
        ReactorSarif sarif = BY_BUILD.get(session.getRequest());
        if (sarif == null || !sarif.file().equals(file)) {
            sarif = new ReactorSarif(file, toolVersion);
            BY_BUILD.put(session.getRequest(), sarif);
        }
        return sarif;
    }
}
