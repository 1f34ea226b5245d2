package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ChildrenList;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code DynamicSupervisor.start_child} calls that make one DynamicSupervisor a bottleneck (RULEBOOK
 * §4 OTP010, §3 PartitionSupervisor): the supervisor is one named, plain DynamicSupervisor of the project;
 * the child carries an entity from runtime data that could key a partition (never a bag of {@code opts});
 * a request path whose requests can arrive in bursts reaches the call (not only a person opening a
 * page, not only boot) without passing through a singleton server's callback, whose mailbox already paces the
 * starts; and it is not a get-or-start of a configured record (an organization's, a flow's
 * worker), which calls the supervisor only when a lookup finds no process, a handful of times. The rule and the decision's {@link Property#REQUEST_PATH_STARTS} both read these.
 */
final class BottleneckStarts {
    private static final Set<String> NOT_AN_ENTITY = Set.of("opts", "options", "args", "arg", "params", "init_arg",
            "init_args", "config", "conf", "spec", "child_spec", "state", "attrs", "data", "settings", "keyword",
            "kw", "child", "extra", "payload", "nil", "true", "false", "do", "end", "fn", "when", "and", "or", "not",
            "in", "self", "node");
    private static final Pattern IDENT = Pattern.compile("(?<![:\\w.@])([a-z_][A-Za-z0-9_]*(?:\\.[a-z_][A-Za-z0-9_]*)*)(?![\\w(:])");

    /**
     * Entities that arrive in storms (every user reconnecting after a deploy brings a new session, cart or room at
     * once): a get-or-start of these still reaches the supervisor in bursts; of configured records it does not.
     */
    private static final Pattern PER_PERSON = Pattern.compile("(?i)(user|session|cart|room|player|game|chat|"
            + "conversation|device|socket|client|conn|order|customer|visitor|peer|subscriber|member|lobby|match|"
            + "call|stream|upload|job|request|token)");

    private BottleneckStarts() {
    }

    /** A bag of options under another name ({@code initial_values}, {@code session_opts}, spek's sessions). */
    private static final Pattern BAG = Pattern.compile("_(values|opts|options|args|params|attrs|config|data)$");

    /** The child registers under a cluster-wide name: {@code {:global, _}}, or a via name of another registry. */
    private static boolean clusterWide(List<NameRef> names) {
        return names.stream().anyMatch(n -> !n.lookup() && (n.kind() == NameRef.Kind.GLOBAL
                || n.kind() == NameRef.Kind.VIA_OTHER));
    }

    static List<BottleneckStart> find(List<FileFacts> files, Map<String, ModuleFacts> modules, Map<String, List<NameRef>> names,
                            CallPaths paths) {
        Map<String, Decl> sups = dynamicSupervisors(files, modules, names);
        List<BottleneckStart> out = new ArrayList<>();
        for (FileFacts f : files) {
            if (f.test() || f.script()) {
                continue;
            }
            for (StartSite s : f.startSites()) {
                if (s.kind() != StartSite.Kind.DYNAMIC_START_CHILD || !s.call().startsWith("DynamicSupervisor.")
                        || s.supervisor() == null || s.supervisor().kind() != Target.Kind.MODULE || s.child() == null) {
                    continue;
                }
                Decl d = sups.get(s.supervisor().module());
                ChildSpec child = s.child();
                if (d == null || child.module() == null || child.arg() == null || child.argIsLiteral()) {
                    continue;
                }
                if (clusterWide(names.getOrDefault(child.module(), List.of()))) {
                    // frayt's match notifiers, {:global, "..:#{id}"}: each start takes :global's cluster-wide lock,
                    // which partitioning one node's supervisor does not lift, and a Registry would lose the
                    // one-per-cluster the name gives
                    continue;
                }
                String key = entityKey(child.arg());
                if (key == null && child.id() != null && !child.id().startsWith(":")) {
                    key = entityKey(child.id()); // %{id: id, start: {M, :start_link, [opts]}}: the id names it
                }
                if (key != null && s.has(StartSite.Trait.GET_OR_START) && !PER_PERSON.matcher(key).find()) {
                    continue; // get-or-start of a configured record (an org's, a flow's worker): a handful of starts
                }
                CallPaths.RequestPath path = key == null ? null : paths.unserializedBurstPath(s.module(), s.function());
                if (path != null) {
                    out.add(new BottleneckStart(s, s.supervisor().module(), d.at(), d.listedIn(), key, path));
                }
            }
        }
        return out;
    }

    /** The term in a child's argument that names its entity, or null when it names none ({@code opts}). */
    static String entityKey(String arg) {
        if (arg.startsWith("Keyword.") || arg.startsWith("Map.merge(") || arg.startsWith("Map.put(")) {
            return null; // spek's sessions: Keyword.merge(initial_values, callers: callers), a bag of options
        }
        String text = arg.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
        Matcher m = IDENT.matcher(text);
        String first = null;
        while (m.find()) {
            String id = m.group(1);
            String root = id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
            if (NOT_AN_ENTITY.contains(root) || root.startsWith("_") || BAG.matcher(root).find()) {
                continue;
            }
            if (id.endsWith("id") || id.endsWith("_ref") || id.endsWith("key")) {
                return id;
            }
            if (first == null) {
                first = id;
            }
        }
        return first;
    }

    private record Decl(Location at, String listedIn) {
    }

    /**
     * Named plain DynamicSupervisors: {@code {DynamicSupervisor, name: X}} children and {@code use
     * DynamicSupervisor} modules (under their registered name or their own); a name also given to a
     * PartitionSupervisor is partitioned already.
     */
    private static Map<String, Decl> dynamicSupervisors(List<FileFacts> files, Map<String, ModuleFacts> modules,
                                                        Map<String, List<NameRef>> names) {
        Map<String, Decl> out = new HashMap<>();
        Map<String, Decl> listed = new HashMap<>();
        List<String> partitioned = new ArrayList<>();
        for (FileFacts f : files) {
            if (f.test()) {
                continue;
            }
            for (ChildrenList l : f.childrenLists()) {
                for (ChildSpec c : l.children()) {
                    String name = c.name() != null && c.name().kind() == NameRef.Kind.MODULE ? c.name().module() : null;
                    if ("DynamicSupervisor".equals(c.module()) && name != null) {
                        out.putIfAbsent(name, new Decl(c.location(), l.module()));
                    } else if ("PartitionSupervisor".equals(c.module()) && c.name() != null
                            && c.name().module() != null) {
                        partitioned.add(c.name().module());
                    } else if (c.module() != null) {
                        listed.putIfAbsent(c.module(), new Decl(c.location(), l.module()));
                    }
                }
            }
        }
        for (ModuleFacts m : modules.values()) {
            if (m.abstraction() != Abstraction.DYNAMIC_SUPERVISOR) {
                continue;
            }
            Decl decl = listed.getOrDefault(m.name(), new Decl(m.location(), null));
            boolean named = false;
            for (NameRef n : names.getOrDefault(m.name(), List.of())) {
                if (n.kind() == NameRef.Kind.MODULE && n.module() != null) {
                    out.putIfAbsent(n.module(), decl);
                    named = true;
                }
            }
            if (!named) {
                out.putIfAbsent(m.name(), decl);
            }
        }
        partitioned.forEach(out::remove);
        return out;
    }
}
