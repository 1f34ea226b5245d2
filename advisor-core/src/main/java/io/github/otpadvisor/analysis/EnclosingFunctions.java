package io.github.otpadvisor.analysis;

import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.rules.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which function a finding sits in: the function of the finding's module (in its file) whose first clause starts
 * last at or before the finding's line, or none above the first function (a {@code use} line). An approximation
 * where clauses of two functions interleave, but a stable one: it moves only when the code around the finding does.
 */
final class EnclosingFunctions {
    /** A function's first line and its {@code name/arity}. */
    private record Start(int line, String key) {
    }

    private final Map<String, List<Start>> byFileAndModule = new HashMap<>();

    EnclosingFunctions(List<FileFacts> files) {
        for (FileFacts file : files) {
            for (ModuleFacts module : file.modules()) {
                List<Start> starts = byFileAndModule.computeIfAbsent(key(file.file(), module.name()),
                        k -> new ArrayList<>());
                for (FunctionInfo fn : module.functions()) {
                    starts.add(new Start(fn.location().line(), fn.key()));
                }
            }
        }
        byFileAndModule.values().forEach(s -> s.sort(Comparator.comparingInt(Start::line)));
    }

    /** {@code name/arity}, or "" outside every function. */
    String of(Finding finding) {
        List<Start> starts = byFileAndModule.getOrDefault(key(finding.file(), finding.module()), List.of());
        String found = "";
        for (Start s : starts) {
            if (s.line() > finding.line()) {
                break;
            }
            found = s.key();
        }
        return found;
    }

    private static String key(String file, String module) {
        return file + '\0' + (module == null ? "" : module);
    }
}
