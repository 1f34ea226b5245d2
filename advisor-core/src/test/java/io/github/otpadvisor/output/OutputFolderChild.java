package io.github.otpadvisor.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A second process for {@link OutputFolderProcessTest}. Modes:
 * {@code crash DIR LABEL N}: writes generation LABEL, printing each step, and dies (halt, exit 99) at step N;
 * {@code loop DIR LABEL ROUNDS}: writes generation LABEL ROUNDS times;
 * {@code hold DIR}: takes the folder's lock, prints "locked" and keeps it until stdin closes.
 */
public final class OutputFolderChild {
    private OutputFolderChild() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "crash" -> {
                int haltAt = Integer.parseInt(args[3]);
                AtomicInteger step = new AtomicInteger();
                new OutputFolder(dir, Generations.STAMPS, OutputFolder.WAIT, name -> {
                    System.out.println(name);
                    System.out.flush();
                    if (step.getAndIncrement() == haltAt) {
                        Runtime.getRuntime().halt(99); // no finally blocks, no shutdown hooks: as kill -9
                    }
                }).write(Generations.of(args[2]));
            }
            case "loop" -> {
                for (int i = 0; i < Integer.parseInt(args[3]); i++) {
                    Generations.folder(dir).write(Generations.of(args[2]));
                }
            }
            case "hold" -> {
                try (OutputLock lock = OutputLock.acquire(dir, Duration.ofSeconds(10))) {
                    System.out.println("locked");
                    System.out.flush();
                    while (System.in.read() >= 0) {
                        // until the parent closes our stdin
                    }
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
