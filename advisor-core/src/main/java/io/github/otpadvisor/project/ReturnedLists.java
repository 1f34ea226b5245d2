package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ChildrenList;
import io.github.otpadvisor.facts.FileFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Children lists another module's function returns (issue 11, read cold at the thirteenth stop: gamend's
 * {@code GamendHost.Application} starts {@code GamendWeb.HostSupervision.children()}, and five of its reports said
 * where they are started "could not be resolved"). Where a children list holds a call of such a function as an entry
 * the analysis could not read, the function's list takes its place; the returned lists themselves are no
 * supervisor's and are dropped. A function no children list calls changes nothing.
 */
final class ReturnedLists {
    /** {@code GamendWeb.HostSupervision.children()}, {@code Host.children(plugins: false)}. */
    private static final Pattern CALL = Pattern.compile("(?s)((?:[A-Z][A-Za-z0-9_]*\\.)*[A-Z][A-Za-z0-9_]*)\\."
            + "([a-z_][A-Za-z0-9_]*[?!]?)\\(.*\\)");

    private ReturnedLists() {
    }

    static List<FileFacts> splice(List<FileFacts> files) {
        Map<String, ChildrenList> byFunction = new LinkedHashMap<>();
        boolean any = false;
        for (FileFacts f : files) {
            for (ChildrenList l : f.childrenLists()) {
                if (l.source() == ChildrenList.Source.RETURNED && l.function() != null) {
                    any = true;
                    String name = l.function().substring(0, l.function().lastIndexOf('/'));
                    byFunction.putIfAbsent(l.module() + "." + name, l);
                }
            }
        }
        if (!any) {
            return files;
        }
        List<FileFacts> out = new ArrayList<>(files.size());
        for (FileFacts f : files) {
            boolean changed = false;
            List<ChildrenList> lists = new ArrayList<>();
            for (ChildrenList l : f.childrenLists()) {
                if (l.source() == ChildrenList.Source.RETURNED) {
                    changed = true;
                    continue;
                }
                List<ChildSpec> kids = new ArrayList<>();
                boolean spliced = false;
                for (ChildSpec c : l.children()) {
                    ChildrenList r = c.form() == ChildSpec.Form.UNRESOLVED ? returned(c.text(), byFunction) : null;
                    if (r != null) {
                        kids.addAll(r.children());
                        spliced = true;
                    } else {
                        kids.add(c);
                    }
                }
                lists.add(spliced ? l.withChildren(kids) : l);
                changed |= spliced;
            }
            out.add(changed ? f.withChildrenLists(lists) : f);
        }
        return out;
    }

    /** The list the call {@code text} returns: by the module as written, else by a unique module ending with it. */
    private static ChildrenList returned(String text, Map<String, ChildrenList> byFunction) {
        Matcher m = text == null ? null : CALL.matcher(text.strip());
        if (m == null || !m.matches()) {
            return null;
        }
        String key = m.group(1) + "." + m.group(2);
        ChildrenList exact = byFunction.get(key);
        if (exact != null) {
            return exact;
        }
        List<ChildrenList> suffix = byFunction.entrySet().stream().filter(e -> e.getKey().endsWith("." + key))
                .map(Map.Entry::getValue).toList();
        return suffix.size() == 1 ? suffix.get(0) : null;
    }
}
