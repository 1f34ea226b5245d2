package io.github.otpadvisor.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A folder that otp-advisor shares with the user (with {@code --out .} it is the project itself), into
 * which it switches whole generations of reports. Only its own entries are ever replaced or deleted: a
 * folder holding its {@value Manifest#MARKER} marker file, or a file that a stamp recognises as one it
 * wrote (the caller's, by name, e.g. the JSON report's {@code tool.name}). Anything else under one of its
 * names stops the run before anything is written, with a message naming it.
 *
 * <p>Beside the entries the folder holds the lock file ({@value OutputLock#NAME}) and the manifest
 * ({@value Manifest#MANIFEST}) of the generation in place. A write, under the lock:
 * <ol>
 *   <li>recovers: a committed staging left by a killed run is switched in (finished), then the staging,
 *       the replaced entries and the leftovers of older versions ({@code .md-new-*}, {@code .md-old-*},
 *       {@code .otp-advisor.json*.tmp}) are deleted;</li>
 *   <li>refuses if an entry in place is not ours;</li>
 *   <li>stages: every entry is written into {@value SetSwitch#STAGING}, then its manifest, renamed in:
 *       the commit point;</li>
 *   <li>switches: the manifest in place moves to {@value SetSwitch#PREVIOUS}, then each entry in place
 *       moves there and the staged one takes its name, then the new manifest moves in (publish);</li>
 *   <li>deletes the staging and the previous entries.</li>
 * </ol>
 * Killed before the commit, the previous generation is untouched; after it, the next run finishes the
 * switch: either way the folder ends with one complete generation. A manifest in place always names the
 * entries of one generation (each folder's marker repeats its id); while entries move there is none. A
 * rename that fails is undone in reverse order, leaving the previous generation. Renames within one folder
 * are atomic; nothing is synced to disk, so a power cut is not covered. Every file and folder is created
 * with the usual modes (the umask's).
 */
public final class OutputFolder {
    /** How long a run waits for another one writing into the same folder. */
    static final Duration WAIT = Duration.ofSeconds(60);

    /** A point between two changes on disk; tests stop or fail a write there. */
    interface Steps {
        void reached(String step) throws IOException;
    }

    private final Path dir;
    private final Map<String, Predicate<Path>> stamps;
    private final Duration wait;
    private final Steps steps;

    /** @param stamps how each file entry we write is recognised when it is found in place, by name */
    public OutputFolder(Path dir, Map<String, ? extends Predicate<Path>> stamps) {
        this(dir, stamps, WAIT, step -> { });
    }

    OutputFolder(Path dir, Map<String, ? extends Predicate<Path>> stamps, Duration wait, Steps steps) {
        this.dir = dir.toAbsolutePath().normalize();
        this.stamps = Map.copyOf(stamps);
        this.wait = wait;
        this.steps = steps;
    }

    /** Puts {@code set} in place of the entries of the same names (others stay); see the class comment. */
    public void write(OutputSet set) throws IOException {
        if (Files.isDirectory(dir) && !Files.exists(dir.resolve(OutputLock.NAME))) {
            // a folder we never wrote into: refuse before leaving a lock file in it. (Where the lock file
            // exists, only the check under the lock is sure: another run may be moving entries.)
            refuseForeign(set);
        }
        try (OutputLock lock = OutputLock.acquire(create(), wait)) {
            recover(set.entries().keySet());
            refuseForeign(set);
            SetSwitch next = new SetSwitch(dir, steps, this::owns);
            try {
                next.stage(set);
                next.switchIn();
            } catch (IOException e) {
                next.rollBack(e); // a full disk or a failing rename: the previous generation stays
            }
            try {
                steps.reached("clean");
                next.clean();
            } catch (IOException e) {
                // the reports are in place; the next run deletes what is left
            }
        }
    }

    /** What a write does first, on its own (for tests). */
    void recoverNow(Set<String> names) throws IOException {
        try (OutputLock lock = OutputLock.acquire(create(), wait)) {
            recover(names);
        }
    }

    /** Finishes or drops what an interrupted run left, and deletes leftovers. */
    private void recover(Set<String> names) throws IOException {
        SetSwitch left = new SetSwitch(dir, steps, this::owns);
        if (left.isCommitted()) {
            left.switchIn();
        }
        left.clean();
        deleteOldLeftovers(names);
    }

    /** The nearest existing path at or above {@code dir} if it is a file (where a folder must be), else null. */
    public static Path fileInTheWay(Path dir) {
        for (Path p = dir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }

    /** The message for entries in place that are not ours. */
    static String notOurs(List<Path> entries) {
        boolean one = entries.size() == 1;
        return entries.stream().map(Path::toString).collect(Collectors.joining(", "))
                + ": otp-advisor did not create " + (one ? "it" : "them") + " and replaces only its own reports "
                + "(folders holding its " + Manifest.MARKER + " marker file, JSON and SARIF files it wrote); move "
                + (one ? "it" : "them") + " away or choose another output folder";
    }

    private Path create() throws IOException {
        Path file = fileInTheWay(dir);
        if (file != null) {
            throw new OutputRefusedException(file + ": is a file, not a folder");
        }
        Files.createDirectories(dir);
        return dir;
    }

    private boolean owns(Path entry, boolean folder) throws IOException {
        if (folder) {
            return Manifest.isMarkedFolder(entry);
        }
        Predicate<Path> stamp = stamps.get(entry.getFileName().toString());
        return stamp != null && stamp.test(entry);
    }

    private void refuseForeign(OutputSet set) throws IOException {
        List<Path> foreign = new ArrayList<>();
        for (OutputSet.Entry e : set.entries().values()) {
            Path target = dir.resolve(e.name());
            if (FileTrees.exists(target) && !owns(target, e.isFolder())) {
                foreign.add(target);
            }
        }
        if (!foreign.isEmpty()) {
            throw new OutputRefusedException(notOurs(foreign));
        }
    }

    /** What earlier versions left when killed: {@code .md-new-123}, {@code .md-old-123}, {@code .otp-advisor.json123.tmp}. */
    private void deleteOldLeftovers(Set<String> names) throws IOException {
        Set<String> all = new TreeSet<>(names);
        all.addAll(stamps.keySet());
        String alternatives = all.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        Pattern leftover = Pattern.compile("\\.(?:" + alternatives + ")(?:-(?:new|old)-\\d+|\\d+\\.tmp)");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (leftover.matcher(p.getFileName().toString()).matches()) {
                    FileTrees.delete(p);
                }
            }
        }
    }
}
