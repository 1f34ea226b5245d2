package io.github.otpadvisor.sketch;

import io.github.otpadvisor.facts.ApiFunction;
import io.github.otpadvisor.facts.FunctionInfo;
import io.github.otpadvisor.facts.ModuleFacts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit's checks of what a sketch keeps of the module around what it rewrites (issue 11, {@link SketchAudit}):
 * every function it neither shows nor names ({@code public}, {@code private}); the {@code alias}/{@code require}/
 * {@code import}/{@code use}/{@code @behaviour} lines and attributes its code needs ({@code header}); a process started
 * without a name today made a named one ({@code singleton}); a client function of today's name whose returns or
 * first parameter's pattern change ({@code client}). Each item as {@code kind\twhat}.
 */
final class ModuleKept {
    private static final Set<String> PROCESS_BEHAVIOURS = Set.of("GenServer", "Agent", "Supervisor",
            "DynamicSupervisor", "Task", "Task.Supervisor", ":gen_server", ":gen_statem", "GenStateMachine",
            "PartitionSupervisor", ":supervisor", "GenStage");
    private static final Set<String> ANNOTATIONS = Set.of("impl", "doc", "moduledoc", "typedoc", "spec", "type",
            "typep", "opaque", "callback", "behaviour", "decorate", "deprecated", "since", "derive", "dialyzer");
    private static final Pattern ATTRIBUTE_USE = Pattern.compile("(?<![\\w@])@([a-z_][A-Za-z0-9_]*)");
    private static final Pattern START = Pattern.compile("\\b(?:GenServer|Agent)\\.start(?:_link)?\\(");

    private ModuleKept() {
    }

    static List<String> lost(ModuleFacts today, String impl, String source) {
        List<String> out = new ArrayList<>();
        String code = codeOnly(impl);
        functions(today, impl, out);
        header(today, impl, code, out);
        if (source != null && unnamed(source) && named(code)) {
            out.add("singleton\tstarted without a name today, the sketch names it");
        }
        clients(today, impl, out);
        return out;
    }

    private static void functions(ModuleFacts today, String impl, List<String> out) {
        String code = codeOnly(impl);
        boolean process = code.contains("use GenServer") || code.contains("use Agent") || code.contains("use Task");
        for (FunctionInfo f : today.functions()) {
            if (ModuleFacts.CALLBACKS.contains(f.key())
                    || f.name().equals("start_link") && (!process || code.contains("def start_link"))) {
                continue;
            }
            if (!defined(impl, f) && !named(impl, f)) {
                out.add((f.isPublic() ? "public\t" : "private\t") + f.key());
            }
        }
    }

    private static boolean defined(String impl, FunctionInfo f) {
        Matcher m = Pattern.compile("(?m)^\\s*defp? " + Pattern.quote(f.name()) + "(?![\\w?!])(.*)$").matcher(impl);
        while (m.find()) {
            if (SketchAudit.accepts(m.group(1), f.arity()) || SketchAudit.accepts(m.group(1), f.arity() - f.defaults())) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(String impl, FunctionInfo f) {
        for (int a = f.arity() - f.defaults(); a <= f.arity(); a++) {
            if (Pattern.compile("(?<![\\w.:])" + Pattern.quote(f.name() + "/" + a) + "(?!\\d)").matcher(impl).find()) {
                return true;
            }
        }
        return false;
    }

    private static void header(ModuleFacts today, String impl, String code, List<String> out) {
        Set<String> lines = new LinkedHashSet<>();
        impl.lines().forEach(l -> lines.add(l.strip()));
        for (String h : today.header()) {
            String first = h.split("\n", -1)[0].strip();
            if (lines.contains(first)) {
                continue;
            }
            Matcher kw = Pattern.compile("^(alias|require|import|use|@behaviou?r) ([A-Z][\\w.]*|:\\w+)(.*)$").matcher(first);
            if (!kw.find()) {
                continue; // an attribute: checked where the sketch uses it
            }
            String what = kw.group(2);
            boolean needed = switch (kw.group(1)) {
                case "alias" -> aliasUsed(what, kw.group(3), code);
                case "require" -> Pattern.compile("(?<![\\w.])" + Pattern.quote(what) + "\\.").matcher(code).find();
                case "use", "@behaviour", "@behavior" -> !PROCESS_BEHAVIOURS.contains(what);
                default -> true; // import: what it brings in is not known here
            };
            if (needed) {
                out.add("header\t" + first);
            }
        }
        Set<String> defined = new LinkedHashSet<>();
        for (String l : code.split("\n")) {
            Matcher d = Pattern.compile("^\\s*@([a-z_]\\w*)\\s").matcher(l);
            if (d.find()) {
                defined.add(d.group(1));
            }
        }
        Set<String> used = new LinkedHashSet<>();
        Matcher u = ATTRIBUTE_USE.matcher(code.replaceAll("(?m)^\\s*@[a-z_]\\w*", ""));
        while (u.find()) {
            used.add(u.group(1));
        }
        for (String a : used) {
            if (!ANNOTATIONS.contains(a) && !defined.contains(a)
                    && !Pattern.compile("(?m)^\\s*#.*@" + Pattern.quote(a) + "\\b").matcher(impl).find()) {
                out.add("header\t@" + a + " used, not defined");
            }
        }
    }

    /** The alias's short names ({@code B} of {@code A.B}, {@code Y} of {@code as: Y}, each of {@code A.{B, C}}) used. */
    private static boolean aliasUsed(String module, String rest, String code) {
        List<String> shorts = new ArrayList<>();
        Matcher as = Pattern.compile("as: ([A-Z]\\w*)").matcher(rest);
        Matcher multi = Pattern.compile("^\\.\\{(.*)\\}").matcher(rest.strip());
        if (as.find()) {
            shorts.add(as.group(1));
        } else if (multi.find()) {
            for (String s : multi.group(1).split(",")) {
                String t = s.strip();
                shorts.add(t.substring(t.lastIndexOf('.') + 1));
            }
        } else {
            shorts.add(module.substring(module.lastIndexOf('.') + 1));
        }
        for (String s : shorts) {
            if (Pattern.compile("(?<![\\w.:])" + Pattern.quote(s) + "(?=[.{])").matcher(code).find()) {
                return true;
            }
        }
        return false;
    }

    /** Its own starts all give no name: {@code GenServer.start_link(__MODULE__, arg)} or with {@code []} options. */
    static boolean unnamed(String source) {
        Matcher m = START.matcher(source);
        int found = 0;
        while (m.find()) {
            List<String> args = args(source, m.end() - 1);
            if (args.isEmpty() || !args.get(0).equals("__MODULE__")) {
                continue;
            }
            found++;
            if (args.size() > 2 && !args.get(2).equals("[]")) {
                return false;
            }
        }
        return found > 0;
    }

    /** A start in the sketch gives a name. */
    static boolean named(String code) {
        Matcher m = START.matcher(code);
        while (m.find()) {
            List<String> args = args(code, m.end() - 1);
            if (args.stream().anyMatch(a -> a.startsWith("name:"))) {
                return true;
            }
        }
        return false;
    }

    /** The top-level arguments of the call whose {@code (} is at {@code open}. */
    private static List<String> args(String text, int open) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        boolean inString = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && text.charAt(i - 1) != '\\') {
                inString = !inString;
            }
            if (inString) {
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (--depth == 0) {
                    out.add(text.substring(start, i).strip());
                    return out;
                }
            } else if (c == ',' && depth == 1) {
                out.add(text.substring(start, i).strip());
                start = i + 1;
            } else if (depth == 1 && text.startsWith("fn", i) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int end = text.indexOf(" end", i);
                if (end > 0) {
                    i = end + 3;
                }
            }
        }
        return List.of();
    }

    private static void clients(ModuleFacts today, String impl, List<String> out) {
        for (ApiFunction f : today.api()) {
            if (!f.messages() || !f.written()) {
                continue;
            }
            List<String> defs = SketchAudit.definitions(impl, f.name(), f.arity());
            if (defs.isEmpty()) {
                continue;
            }
            StringBuilder t = new StringBuilder();
            boolean structHead = false;
            for (ApiFunction.Clause c : f.clauses()) {
                t.append(c.head()).append('\n').append(c.body() == null ? "" : c.body()).append('\n');
                structHead |= c.head().contains("%");
            }
            String mine = String.join("\n", defs);
            String was = t.toString();
            // A GenServer client's own wrapping ({:ok, GenServer.call(..)}, {:error, :no_pid}); an Agent client's
            // returns are inside the function it runs, which a rewrite moves into a handler.
            for (String wrap : was.contains("GenServer.") ? List.of("{:ok,", "{:error,") : List.<String>of()) {
                if (was.contains(wrap) && !mine.contains(wrap)) {
                    out.add("client\t" + f.key() + " returned " + wrap + " ...} today");
                }
            }
            if (structHead && defs.stream().noneMatch(d -> d.lines().findFirst().orElse("").contains("%"))) {
                out.add("client\t" + f.key() + " matched a struct or map in its parameters today");
            }
        }
    }

    /** The module's own text in its file: from its defmodule line to the next one (or the end). */
    static String moduleText(String file, String module) {
        int at = file.indexOf("defmodule " + module + " do");
        if (at < 0) {
            return null;
        }
        int next = file.indexOf("\ndefmodule ", at + 1);
        return next < 0 ? file.substring(at) : file.substring(at, next);
    }

    /** The sketch without its comment lines. */
    private static String codeOnly(String impl) {
        StringBuilder out = new StringBuilder();
        for (String l : impl.split("\n", -1)) {
            if (!l.strip().startsWith("#")) {
                out.append(l).append('\n');
            }
        }
        return out.toString();
    }
}
