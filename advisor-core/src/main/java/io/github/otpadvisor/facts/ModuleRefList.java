package io.github.otpadvisor.facts;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A file's {@link ModuleRef}s stored as columns: a large tree has millions of references (1.9 million in 500 MB of
 * source), and as records with their list they took 36 bytes each; here they take 16. Every reference of a file
 * is written in that file, so its path is kept once. Read-only; each {@link #get} makes the record again, which
 * costs an allocation the young generation takes back at once.
 */
final class ModuleRefList extends AbstractList<ModuleRef> implements RandomAccess {
    private final String file;
    private final String[] names;
    private final String[] fromModules;
    /** Line and column of each reference, in pairs. */
    private final int[] places;

    private ModuleRefList(String file, String[] names, String[] fromModules, int[] places) {
        this.file = file;
        this.names = names;
        this.fromModules = fromModules;
        this.places = places;
    }

    /** The references as an unmodifiable list: columns when they share one file, else a plain copy. */
    static List<ModuleRef> of(List<ModuleRef> refs) {
        if (refs instanceof ModuleRefList) {
            return refs;
        }
        if (refs.isEmpty()) {
            return List.of();
        }
        String file = refs.get(0).file();
        for (ModuleRef r : refs) {
            if (!Objects.equals(r.file(), file)) {
                return List.copyOf(refs);
            }
        }
        int n = refs.size();
        String[] names = new String[n];
        String[] from = new String[n];
        int[] places = new int[2 * n];
        for (int i = 0; i < n; i++) {
            ModuleRef r = refs.get(i);
            names[i] = Interned.of(r.name());
            from[i] = Interned.of(r.fromModule());
            places[2 * i] = r.line();
            places[2 * i + 1] = r.column();
        }
        return new ModuleRefList(Interned.of(file), names, from, places);
    }

    @Override
    public ModuleRef get(int index) {
        Objects.checkIndex(index, names.length);
        return new ModuleRef(names[index], fromModules[index], file, places[2 * index], places[2 * index + 1]);
    }

    @Override
    public int size() {
        return names.length;
    }
}
