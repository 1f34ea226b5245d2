package io.github.otpadvisor.report.model;

import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.EtsTable;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.project.ProcessModule;
import java.util.ArrayList;
import java.util.List;

/** The "Requirement" section: what a module does at runtime, in one or two sentences, from its facts. */
final class Requirements {
    private static final int MAX_LISTED = 5;

    private Requirements() {
    }

    static String describe(ProcessModule m) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.name()).append(" (").append(m.file()).append(':').append(m.facts().location().line())
                .append(") is ").append(article(m.abstraction().label())).append(' ').append(m.abstraction().label());
        NameRef name = m.names().isEmpty() ? null : m.names().get(0);
        if (name != null && name.fixed()) {
            sb.append(" registered as ").append(name.text());
        } else if (name != null && name.perEntity()) {
            sb.append(" started once per entity as ").append(name.text());
        }
        if (m.app() != null) {
            sb.append(" in the application ").append(m.app());
        }
        sb.append('.');
        List<String> does = new ArrayList<>();
        List<String> api = m.facts().publicApi().stream().map(FunctionInfo::key).toList();
        if (!api.isEmpty()) {
            does.add("offers " + list(api));
        }
        addClauses(does, m, "handle_call", "answers calls ");
        addClauses(does, m, "handle_cast", "takes casts ");
        addClauses(does, m, "handle_info", "handles messages ");
        List<String> tables = m.ownedTables().stream().map(EtsTable::name).toList();
        if (!tables.isEmpty()) {
            does.add("owns the ETS table" + (tables.size() > 1 ? "s " : " ") + list(tables));
        }
        if (!does.isEmpty()) {
            sb.append(" It ").append(joinClauses(does)).append('.');
        }
        return sb.toString();
    }

    private static void addClauses(List<String> does, ProcessModule m, String callback, String verb) {
        List<String> messages = m.facts().clauses(callback).stream().filter(c -> !c.catchAll() && !c.ignoresMessage())
                .map(ClauseSummary::message).filter(s -> s != null).distinct().toList();
        if (!messages.isEmpty()) {
            does.add(verb + list(messages));
        }
    }

    private static String list(List<String> items) {
        List<String> shown = items.size() > MAX_LISTED ? items.subList(0, MAX_LISTED) : items;
        String s = String.join(", ", shown);
        return items.size() > MAX_LISTED ? s + " and " + (items.size() - MAX_LISTED) + " more" : s;
    }

    private static String joinClauses(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join("; ", parts.subList(0, parts.size() - 1)) + "; and " + parts.get(parts.size() - 1);
    }

    private static String article(String word) {
        return "AEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
