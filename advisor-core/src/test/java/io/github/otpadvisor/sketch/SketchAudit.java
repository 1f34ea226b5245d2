package io.github.otpadvisor.sketch;

import io.github.otpadvisor.facts.Abstraction;
import io.github.otpadvisor.facts.ApiFunction;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.FileFacts;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.Signal;
import io.github.otpadvisor.facts.extract.FileFactsExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the generated {@code otp-decision.md} reports of a project against its source (issue 11): for each
 * module a sketch redefines, the message tags its handlers take, its {@code restart:}/{@code shutdown:} options
 * and own {@code child_spec/1}, and the timers and monitors its {@code init} starts must all be in the sketch
 * (carried over, or named in a comment); its public functions that read or write ETS, {@code :atomics},
 * {@code :counters} or {@code :persistent_term} directly and message no process must stay as written (never moved
 * into a call to the process, never dropped); a {@code gen_statem} must not become a GenServer; and every Registry,
 * supervisor or PubSub name the report's sketches use must exist in the project's production code or be added
 * by the report itself (a children entry marked {@code # new}). Reads the reports as a person gets them.
 */
final class SketchAudit {
    private static final Pattern FENCE = Pattern.compile("```elixir\\n(.*?)\\n```", Pattern.DOTALL);
    private static final Pattern SOURCE = Pattern.compile("(?m)^`([^`]+):(\\d+)` · otp-advisor");
    private static final String ALIAS = "([A-Z][A-Za-z0-9_]*(?:\\.[A-Z][A-Za-z0-9_]*)*)";
    private static final List<Pattern> NAME_USES = List.of(
            Pattern.compile("@(?:registry|supervisor|supervisors) " + ALIAS),
            Pattern.compile("\\{:via, (?:Registry|PartitionSupervisor), \\{" + ALIAS),
            Pattern.compile("Registry\\.(?:lookup|register|select|dispatch|keys|count|unregister)\\(" + ALIAS),
            Pattern.compile("DynamicSupervisor\\.start_child\\(\\s*" + ALIAS),
            Pattern.compile("Task\\.Supervisor\\.\\w+\\(\\s*" + ALIAS),
            Pattern.compile("PubSub\\.\\w+\\(\\s*" + ALIAS),
            Pattern.compile("(?:Registry|DynamicSupervisor|Task\\.Supervisor|PartitionSupervisor|PubSub)"
                    + ", [^}\\n]*name: " + ALIAS));
    private static final Pattern ALIASES = Pattern.compile("(?<![\\w.])" + ALIAS);
    private static final Pattern ALIAS_LINE = Pattern.compile("(?m)^\\s*alias " + ALIAS + "(?:, as: ([A-Z]\\w*))?");

    /**
     * Counts for one project, and what each counted item was.
     *
     * @param bypassModules   reports of modules with public functions that read or write shared memory directly
     * @param bypassRedefined of those, the reports whose sketch redefines the module
     */
    record Counts(String app, int reports, int redefined, int droppedTags, int droppedRestart, int droppedInitTimers,
                  int inventedNames, int statemLost, int bypassLost, int bypassModules, int bypassRedefined,
                  int publicsDropped, int privatesDropped, int headerLost, int namedSingleton, int clientChanged,
                  List<String> details) {
        boolean clean() {
            return droppedTags + droppedRestart + droppedInitTimers + inventedNames + statemLost + bypassLost
                    + publicsDropped + privatesDropped + headerLost + namedSingleton + clientChanged == 0;
        }

        String row() {
            return app + "\t" + reports + "\t" + redefined + "\t" + droppedTags + "\t" + droppedRestart + "\t"
                    + droppedInitTimers + "\t" + inventedNames + "\t" + statemLost + "\t" + bypassLost + "\t"
                    + bypassModules + "\t" + bypassRedefined + "\t" + publicsDropped + "\t" + privatesDropped + "\t"
                    + headerLost + "\t" + namedSingleton + "\t" + clientChanged;
        }

        static String header() {
            return "app\treports\tredefined\tdropped_tags\tdropped_restart\tdropped_init_timers\tinvented_names"
                    + "\tstatem_lost\tbypass_lost\tbypass_modules\tbypass_redefined\tpublics_dropped"
                    + "\tprivates_dropped\theader_lost\tnamed_singleton\tclient_changed";
        }
    }

    private final String app;
    private final Path root;
    private final Set<String> projectNames;
    private int reports;
    private int redefined;
    private int tags;
    private int restart;
    private int timers;
    private int names;
    private int statem;
    private int bypass;
    private int bypassModules;
    private int bypassRedefined;
    private int publics;
    private int privates;
    private int header;
    private int singleton;
    private int client;
    private final List<String> details = new ArrayList<>();

    private SketchAudit(String app, Path root) {
        this.app = app;
        this.root = root;
        this.projectNames = projectNames(root);
    }

    /** Audits every {@code otp-decision.md} under {@code reportDir} against the project at {@code root}. */
    static Counts audit(String app, Path root, Path reportDir) {
        SketchAudit a = new SketchAudit(app, root);
        try (Stream<Path> files = Files.walk(reportDir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("otp-decision.md")).sorted().toList()) {
                a.report(Files.readString(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Counts(app, a.reports, a.redefined, a.tags, a.restart, a.timers, a.names, a.statem, a.bypass,
                a.bypassModules, a.bypassRedefined, a.publics, a.privates, a.header, a.singleton, a.client,
                List.copyOf(a.details));
    }

    private void report(String md) throws IOException {
        String module = unescape(md.lines().findFirst().orElse("").replaceFirst("^# OTP Analysis: ", ""));
        Matcher src = SOURCE.matcher(md);
        if (!src.find()) {
            return; // a planned feature: no code to compare
        }
        reports++;
        String impl = fence(section(md, "## Implementation"));
        // The sketch sections only: rule explanations further down have examples of their own (MyApp...).
        List<String> all = fences(section(md, "## Implementation") + section(md, "## Supervision Tree")
                + section(md, "## Testing Approach"));
        Path file = root.resolve(unescape(src.group(1)));
        // A module in benchmark or test code may name what the code beside it starts.
        Set<String> own = new HashSet<>();
        if (Files.isRegularFile(file)) {
            try (Stream<Path> near = Files.list(file.getParent())) {
                for (Path f : near.filter(x -> x.toString().endsWith(".ex") || x.toString().endsWith(".exs"))
                        .toList()) {
                    own.addAll(aliasesIn(Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        }
        checkNames(module, md, all, own);
        if (!Files.isRegularFile(file)) {
            return;
        }
        FileFacts facts = FileFactsExtractor.extractSource(src.group(1), null, Files.readString(file, StandardCharsets.UTF_8));
        ModuleFacts today = moduleIn(facts, module);
        boolean bypasses = today != null && today.api().stream().anyMatch(ApiFunction::bypass);
        if (bypasses) {
            bypassModules++;
            details.add(module + "\tbypass module\t" + String.join(", ", today.api().stream()
                    .filter(ApiFunction::bypass).map(ApiFunction::key).toList()));
        }
        if (!impl.contains("defmodule " + module + " do")) {
            return;
        }
        redefined++;
        if (today == null) {
            return;
        }
        if (bypasses) {
            bypassRedefined++;
        }
        List<String> lost = new ArrayList<>(dropped(today, impl));
        lost.addAll(droppedStartOptions(facts, module, today, impl));
        lost.addAll(ModuleKept.lost(today, impl, ModuleKept.moduleText(Files.readString(file, StandardCharsets.UTF_8),
                module)));
        for (String d : lost) {
            String kind = d.substring(0, d.indexOf('\t'));
            switch (kind) {
                case "tag" -> tags++;
                case "option" -> restart++;
                case "init" -> timers++;
                case "bypass" -> bypass++;
                case "public" -> publics++;
                case "private" -> privates++;
                case "header" -> header++;
                case "singleton" -> singleton++;
                case "client" -> client++;
                default -> statem++;
            }
            details.add(module + "\t" + d);
        }
    }

    /**
     * What the sketch {@code impl} of {@code today}'s module lacks, each as {@code kind\twhat}: kind {@code tag},
     * {@code option}, {@code init}, {@code bypass} or {@code gen_statem}.
     */
    static List<String> dropped(ModuleFacts today, String impl) {
        List<String> out = new ArrayList<>();
        for (String tag : handledTags(today)) {
            if (!carries(impl, tag)) {
                out.add("tag\t:" + tag);
            }
        }
        for (Map.Entry<String, String> o : today.useOptions().entrySet()) {
            if ((o.getKey().equals("restart") || o.getKey().equals("shutdown"))
                    && !impl.contains(o.getKey() + ": " + o.getValue())) {
                out.add("option\t" + o.getKey() + ": " + o.getValue());
            }
        }
        if (today.defines("child_spec", 1) && !impl.contains("child_spec")) {
            out.add("option\tchild_spec/1");
        }
        // What it does at shutdown: kept as a clause, or named in a comment.
        if (today.defines("terminate", 2) && !impl.contains("terminate")) {
            out.add("option\tterminate/2");
        }
        if (today.init() != null) {
            for (Signal s : today.init().signals()) {
                String missing = initCallMissing(s, impl);
                if (missing != null) {
                    out.add("init\t" + missing);
                }
            }
        }
        for (ApiFunction f : today.api()) {
            String lost = f.bypass() ? bypassLost(f, impl) : null;
            if (lost != null) {
                out.add("bypass\t" + f.key() + " " + lost);
            }
        }
        if (today.abstraction() == Abstraction.GEN_STATEM && impl.contains("use GenServer")) {
            out.add("gen_statem\trewritten as a GenServer");
        }
        return out;
    }

    /**
     * The {@code restart:}/{@code shutdown:} its own file's start_child calls give the module
     * ({@code DynamicSupervisor.start_child(sup, %{id: id, start: {..}, restart: :transient})}) and the sketch does not
     * repeat; the use line's are checked by {@link #dropped}.
     */
    static List<String> droppedStartOptions(FileFacts file, String module, ModuleFacts today, String impl) {
        Set<String> out = new LinkedHashSet<>();
        for (io.github.otpadvisor.facts.StartSite s : file.startSites()) {
            if (s.kind() != io.github.otpadvisor.facts.StartSite.Kind.DYNAMIC_START_CHILD || s.child() == null
                    || !module.equals(s.startedModule())) {
                continue;
            }
            String restart = s.child().restart();
            if (restart != null && !today.useOptions().containsKey("restart") && !impl.contains("restart: :" + restart)) {
                out.add("option\trestart: :" + restart + " (its start_child spec)");
            }
            Matcher sh = Pattern.compile("(?<![\\w:])shutdown: (:infinity|:brutal_kill|[0-9][0-9_]*)")
                    .matcher(s.child().text() == null ? "" : s.child().text());
            if (sh.find() && !today.useOptions().containsKey("shutdown") && !impl.contains("shutdown: " + sh.group(1))) {
                out.add("option\tshutdown: " + sh.group(1) + " (its start_child spec)");
            }
        }
        return List.copyOf(out);
    }

    /**
     * How the sketch loses a function that reads or writes shared memory directly: {@code moved into a call} (a
     * function of that name in the sketch messages a process), {@code dropped} (its code is not there as written
     * and no comment names it), or null when it is kept.
     */
    static String bypassLost(ApiFunction f, String impl) {
        for (String def : definitions(impl, f.name(), f.arity())) {
            if (def.contains("GenServer.call(") || def.contains("GenServer.cast(") || def.contains("Agent.")) {
                return "moved into a call";
            }
        }
        String sketch = flat(impl);
        boolean written = f.written() && f.clauses().stream().allMatch(c -> c.body() == null || sketch.contains(flat(c.body())));
        boolean named = Pattern.compile("(?m)^\\s*#.*(?<![\\w.])" + Pattern.quote(f.key())).matcher(impl).find();
        return written || named ? null : "dropped";
    }

    /**
     * The definitions of {@code name/arity} in a sketch (any arity where a head's parameters are not told apart):
     * each from its {@code def} to its {@code end}.
     */
    static List<String> definitions(String impl, String name, int arity) {
        List<String> out = new ArrayList<>();
        String[] lines = impl.split("\n", -1);
        Pattern head = Pattern.compile("^(\\s*)def " + Pattern.quote(name) + "(?![\\w?!])");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = head.matcher(lines[i]);
            if (!m.find() || !accepts(lines[i].substring(m.end()), arity)) {
                continue;
            }
            StringBuilder def = new StringBuilder(lines[i]);
            if (lines[i].strip().endsWith(" do")) {
                for (int j = i + 1; j < lines.length && !lines[j - 1].equals(m.group(1) + "end"); j++) {
                    def.append('\n').append(lines[j]);
                }
            }
            out.add(def.toString());
        }
        return out;
    }

    /**
     * Whether a head's parameter list ({@code (key, default \\\\ nil) do}, or nothing for arity 0) takes
     * {@code arity} arguments: its top-level commas counted, defaults allowing fewer; true when it is not one line.
     */
    static boolean accepts(String params, int arity) {
        String p = params.strip();
        if (!p.startsWith("(")) {
            return arity == 0 || !p.isEmpty() && !p.startsWith("do") && !p.startsWith(",");
        }
        int depth = 0;
        int count = 1;
        int defaults = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (--depth == 0) {
                    boolean empty = p.substring(1, i).isBlank();
                    int max = empty ? 0 : count;
                    return arity <= max && arity >= max - defaults;
                }
            } else if (c == ',' && depth == 1) {
                count++;
            } else if (c == '\\' && depth == 1 && i + 1 < p.length() && p.charAt(i + 1) == '\\') {
                defaults++;
                i++;
            }
        }
        return true;
    }

    /** Code with every run of whitespace made one space: a body kept as written, laid out at another margin. */
    private static String flat(String code) {
        return code.replaceAll("\\s+", " ").strip();
    }

    /** What the sketch lacks of one init call, or null. */
    private static String initCallMissing(Signal s, String impl) {
        return switch (s.kind()) {
            case SEND_AFTER, TIMER -> {
                String tag = TodayCodes.firstAtom(s.text());
                boolean kept = tag != null ? carries(impl, tag) : impl.contains(s.text());
                yield kept ? null : s.text();
            }
            case MONITOR -> impl.contains(":DOWN") || impl.contains("Process.monitor") ? null : s.text();
            case TRAP_EXIT -> impl.contains("trap_exit") || impl.contains(":EXIT") ? null : s.text();
            default -> null;
        };
    }

    private void checkNames(String module, String md, List<String> fences, Set<String> own) {
        Set<String> used = new LinkedHashSet<>();
        for (String f : fences) {
            for (Pattern p : NAME_USES) {
                Matcher m = p.matcher(f);
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (String name : used) {
            if (name.equals(module) || projectNames.contains(name) || own.contains(name)) {
                continue;
            }
            boolean added = md.contains("# new") && fences.stream().anyMatch(f -> f.contains("name: " + name));
            if (!added) {
                names++;
                details.add(module + "\tname\t" + name);
            }
        }
    }

    /** Tags of its handle_call/handle_cast/handle_info clauses (gen_statem events have none here). */
    private static Set<String> handledTags(ModuleFacts m) {
        Set<String> out = new LinkedHashSet<>();
        for (ClauseSummary c : m.clauses()) {
            if ((c.callback().equals("handle_call") || c.callback().equals("handle_cast")
                    || c.callback().equals("handle_info")) && c.messageTag() != null && !c.catchAll()) {
                out.add(c.messageTag());
            }
        }
        return out;
    }

    /** The sketch has the tag as an atom or a function name (in code or in a comment naming it). */
    static boolean carries(String sketch, String tag) {
        String t = Pattern.quote(tag);
        return Pattern.compile("(?<![\\w:]):\"?" + t + "(?![\\w?!])").matcher(sketch).find()
                || Pattern.compile("\\bdefp? " + t + "(?![\\w?!])").matcher(sketch).find();
    }

    private static ModuleFacts moduleIn(FileFacts f, String name) {
        return f.modules().stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }

    private static String section(String md, String heading) {
        int at = md.indexOf("\n" + heading + "\n");
        if (at < 0) {
            return "";
        }
        int end = md.indexOf("\n## ", at + heading.length() + 2);
        return end < 0 ? md.substring(at) : md.substring(at, end);
    }

    private static String fence(String text) {
        Matcher m = FENCE.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    private static List<String> fences(String md) {
        List<String> out = new ArrayList<>();
        Matcher m = FENCE.matcher(md);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Markdown escapes undone: {@code lib/shop\_core} is {@code lib/shop_core}. */
    private static String unescape(String s) {
        return s.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!<>|~])", "$1").strip();
    }

    /**
     * Every alias written in the project's production code: test and benchmark code, dependencies and build
     * output do not count (a name only a benchmark starts is not the application's to use).
     */
    private static Set<String> projectNames(Path root) {
        Set<String> out = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                String n = f.getFileName().toString();
                if (!(n.endsWith(".ex") || n.endsWith(".exs")) || excluded(rel)) {
                    continue;
                }
                out.addAll(aliasesIn(Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The aliases a file writes, also expanded through its {@code alias A.B} lines ({@code B.C} is {@code A.B.C}). */
    static Set<String> aliasesIn(String source) {
        Map<String, String> expand = new java.util.HashMap<>();
        Matcher a = ALIAS_LINE.matcher(source);
        while (a.find()) {
            String full = a.group(1);
            String as = a.group(2) != null ? a.group(2) : full.substring(full.lastIndexOf('.') + 1);
            expand.put(as, full);
        }
        Set<String> out = new HashSet<>();
        Matcher m = ALIASES.matcher(source);
        while (m.find()) {
            String name = m.group(1);
            out.add(name);
            int dot = name.indexOf('.');
            String first = dot < 0 ? name : name.substring(0, dot);
            if (expand.containsKey(first)) {
                out.add(expand.get(first) + name.substring(first.length()));
            }
        }
        return out;
    }

    private static boolean excluded(String rel) {
        String r = "/" + rel;
        return r.contains("/deps/") || r.contains("/_build/") || r.contains("/node_modules/") || r.contains("/test/")
                || r.contains("/bench") || r.toLowerCase(java.util.Locale.ROOT).contains("/benchmark");
    }
}
