package io.github.otpadvisor.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The renames that put a generation in place (see {@link OutputFolder} for the protocol). Every step
 * checks what is on disk before it acts, so the switch that a killed run began is finished by calling
 * {@link #switchIn} again; each rename is recorded, so that a failing one can be undone.
 */
final class SetSwitch {
    /** Where a generation is written before it is switched in; committed once its manifest is there. */
    static final String STAGING = ".otp-advisor-staging";
    /** Where the entries being replaced wait until the new ones are all in place. */
    static final String PREVIOUS = ".otp-advisor-previous";

    /** Decides whether an entry in place may be replaced: a folder of ours, or a file of ours. */
    interface Owners {
        boolean owns(Path entry, boolean folder) throws IOException;
    }

    private record Rename(Path from, Path to) {
    }

    private final Path out;
    private final Path staging;
    private final Path previous;
    private final OutputFolder.Steps steps;
    private final Owners owners;
    private final Deque<Rename> done = new ArrayDeque<>();

    SetSwitch(Path out, OutputFolder.Steps steps, Owners owners) {
        this.out = out;
        this.staging = out.resolve(STAGING);
        this.previous = out.resolve(PREVIOUS);
        this.steps = steps;
        this.owners = owners;
    }

    /** Writes every entry (a folder with its marker), then commits with the manifest, renamed into place. */
    void stage(OutputSet set) throws IOException {
        Files.createDirectory(staging);
        for (OutputSet.Entry e : set.entries().values()) {
            steps.reached("stage " + e.name());
            Path target = staging.resolve(e.name());
            if (!e.isFolder()) {
                write(target, e.text());
                continue;
            }
            Files.createDirectory(target);
            write(target.resolve(Manifest.MARKER), Manifest.marker(set));
            for (Map.Entry<String, String> f : e.folder().entrySet()) {
                Path file = target.resolve(f.getKey());
                Files.createDirectories(file.getParent());
                write(file, f.getValue());
            }
        }
        steps.reached("commit");
        Path part = staging.resolve(Manifest.MANIFEST + ".part");
        write(part, Manifest.manifest(set));
        FileTrees.move(part, staging.resolve(Manifest.MANIFEST));
    }

    boolean isCommitted() throws IOException {
        return Manifest.entries(staging.resolve(Manifest.MANIFEST)) != null;
    }

    /**
     * Moves the committed generation in: the manifest in place aside (readers see no generation while
     * entries move), each entry in place aside and the staged one in, then the new manifest (publish).
     */
    void switchIn() throws IOException {
        List<String> names = Manifest.entries(staging.resolve(Manifest.MANIFEST));
        Files.createDirectories(previous);
        steps.reached("unpublish");
        aside(Manifest.MANIFEST);
        for (String name : names) {
            Path staged = staging.resolve(name);
            if (!FileTrees.exists(staged)) {
                continue; // moved in before a crash
            }
            Path target = out.resolve(name);
            if (FileTrees.exists(target)) {
                if (!owners.owns(target, Files.isDirectory(staged, LinkOption.NOFOLLOW_LINKS))) {
                    throw new OutputRefusedException(OutputFolder.notOurs(List.of(target)));
                }
                steps.reached("aside " + name);
                aside(name);
            }
            steps.reached("in " + name);
            rename(staged, target);
        }
        steps.reached("publish");
        rename(staging.resolve(Manifest.MANIFEST), out.resolve(Manifest.MANIFEST));
    }

    /** Undoes the renames of this switch, newest first, and drops the staging: the previous set is back. */
    void rollBack(IOException failure) throws IOException {
        try {
            while (!done.isEmpty()) {
                Rename r = done.pop();
                FileTrees.move(r.to(), r.from());
            }
            clean();
        } catch (IOException e) {
            failure.addSuppressed(e); // still committed: the next run finishes the switch instead
        }
        throw failure;
    }

    /** Deletes the staging, its manifest first (a half-deleted staging is never rolled forward), and the replaced entries. */
    void clean() throws IOException {
        Files.deleteIfExists(staging.resolve(Manifest.MANIFEST));
        FileTrees.delete(staging);
        FileTrees.delete(previous);
    }

    private void aside(String name) throws IOException {
        Path from = out.resolve(name);
        if (FileTrees.exists(from)) {
            Path to = previous.resolve(name);
            FileTrees.delete(to); // left by an earlier attempt at this switch
            rename(from, to);
        }
    }

    private void rename(Path from, Path to) throws IOException {
        FileTrees.move(from, to);
        done.push(new Rename(from, to));
    }

    /** A new file with the usual modes (the umask's, as for any file the user creates). */
    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
}
