package io.github.otpadvisor.sketch;

import io.github.otpadvisor.analysis.AnalysisOptions;
import io.github.otpadvisor.analysis.Analyzer;
import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.assess.Assessor;
import io.github.otpadvisor.decision.Answers;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.DecisionModel;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.decision.Question;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.scan.ScanRequest;
import io.github.otpadvisor.sketch.SketchInput.InfoMessage;
import io.github.otpadvisor.sketch.SketchInput.Operation.Kind;
import io.github.otpadvisor.sketch.SketchInput.Operation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The inputs every sketch test runs on: every pattern (as the decision model gives it and as a person
 * could write it), every supervisor shape, hostile names and values, and every process module of the
 * polyglot-shop example and the umbrella fixture under each pattern.
 */
final class SketchCases {
    /**
     * A named input.
     *
     * @param formatExact {@code mix format} must leave its sketches as they are; false only for module
     *                    names in {@link #FORMAT_EXEMPT}
     */
    record Case(String name, SketchInput input, boolean formatExact) {
        Case(String name, SketchInput input) {
            this(name, input, true);
        }
    }

    /**
     * Module names whose sketches the formatter would change, on purpose: Elixir 1.14's formatter
     * rewrites {@code :"..".f()} into {@code :...f()} (another atom) and {@code :"nil".f()} into
     * {@code nil.f()}; the sketches keep the quotes, which parse and mean the right module. Neither
     * name can come from the analyzer in practice ({@code defmodule nil} names no module).
     */
    static final Set<String> FORMAT_EXEMPT = Set.of(":..", ":nil");

    /** The kinds of sketch. */
    enum Sketch {
        IMPLEMENTATION, CHILDREN, TEST;

        String render(SketchInput in) {
            return switch (this) {
                case IMPLEMENTATION -> ElixirSketches.implementation(in);
                case CHILDREN -> ElixirSketches.childrenEntry(in);
                case TEST -> ElixirSketches.testSketch(in);
            };
        }
    }

    /** Atom module names as the analyzer reports them ({@code :} and the atom's text), and worse. */
    static final List<String> HOSTILE_NAMES = List.of(
            ":<script>\"`\n```#{x}",
            "Not an alias ```\n#{boom}",
            ":héllo wörld",
            ":bidi\u202Eevil\u2066",
            ":nul\u0000c1\u0085tab\tcr\rbs\\",
            ":emoji😀`~~~`",
            ":lone\uD800surrogate",
            ":Foo?",
            ":plain_atom",
            ":+",
            ":&&",
            ":|>",
            ":...",
            ":<<>>",
            ":%{}",
            ":\\\\",
            ":..",
            ":when",
            ":nil",
            ":\"",
            ":",
            "",
            "Elixir",
            "lower.case.Alias");

    private static final Map<String, ProjectFacts> PROJECTS = new LinkedHashMap<>();

    private SketchCases() {
    }

    /** Every case. */
    static List<Case> all() {
        List<Case> out = new ArrayList<>();
        out.addAll(features());
        out.addAll(supervisorModules());
        out.addAll(moduleShapes());
        out.addAll(hostile());
        out.addAll(projects());
        return out;
    }

    /** Each distinct decision the model can give, plus each pattern as worker and supervision at once. */
    static List<Decision> decisions() {
        Set<String> seen = new LinkedHashSet<>();
        List<Decision> out = new ArrayList<>();
        for (int bits = 0; bits < 256; bits++) {
            Answers a = Answers.builder().stateless((bits & 1) != 0).stateBetweenOps((bits & 2) != 0)
                    .oneOffAsync((bits & 4) != 0).simpleGetUpdate((bits & 8) != 0).manyReaders((bits & 16) != 0)
                    .timeoutsMonitorsInfo((bits & 32) != 0).dynamicChildren((bits & 64) != 0)
                    .supervisorBottleneck((bits & 128) != 0).build();
            Decision d = DecisionModel.decide(a);
            if (seen.add(d.abstraction() + "/" + d.placement())) {
                out.add(d);
            }
        }
        List<Placement> placements = new ArrayList<>(Arrays.asList(Placement.values()));
        placements.add(null);
        for (Pattern p : Pattern.values()) {
            for (Placement place : p.isAbstraction() ? placements : List.<Placement>of()) {
                if (seen.add(p + "/" + place)) {
                    out.add(decision(p, place));
                }
            }
        }
        return out;
    }

    static Decision decision(Pattern abstraction, Placement placement) {
        return new Decision(abstraction.isProcess(), abstraction, placement, Question.STATELESS, "test");
    }

    static String label(Decision d) {
        return d.abstraction().label() + " (placement " + (d.placement() == null ? "-" : d.placement().label()) + ")";
    }

    private static List<Case> features() {
        List<Case> out = new ArrayList<>();
        for (Decision d : decisions()) {
            out.add(new Case("feature User sessions: " + label(d), SketchInput.forFeature("User sessions", d)));
        }
        return out;
    }

    /** Supervisor modules: today a Supervisor or a DynamicSupervisor, recommended one. */
    private static List<Case> supervisorModules() {
        List<Case> out = new ArrayList<>();
        List<String> kids = List.of("Shop.TableOwner", "{Shop.Poller, interval: 1_000}");
        out.add(new Case("Supervisor module", new SketchInput("Shop.Workers.Supervisor",
                decision(Pattern.SUPERVISOR, Placement.STATIC_CHILD), Pattern.SUPERVISOR, List.of(),
                "__MODULE__", null, "Shop", null, null, null, null, "one_for_all", null, List.of(), kids,
                "rest_for_one", null)));
        for (Placement p : List.of(Placement.STATIC_CHILD, Placement.PARTITION_SUPERVISOR)) {
            out.add(new Case("DynamicSupervisor module: " + p.label(), new SketchInput("Shop.Rooms.Supervisor",
                    decision(Pattern.DYNAMIC_SUPERVISOR, p), Pattern.DYNAMIC_SUPERVISOR, List.of(), "__MODULE__", null, "Shop",
                    "Shop.Registry", null, null, "Shop.RoomSupervisors", null, "room_id", List.of(), List.of(), null,
                    "Shop.Rooms.Room")));
        }
        return out;
    }

    /** Workers with every kind of operation, info message and name, under every decision. */
    private static List<Case> moduleShapes() {
        List<Operation> ops = List.of(
                new Operation("fetch", 2, Kind.READ, List.of("sku", "default")),
                new Operation("store", 3, Kind.WRITE, List.of("sku", "price", "currency")),
                new Operation("clear", 0, Kind.WRITE),
                new Operation("bump_hits", 1, Kind.CAST),
                new Operation("recalculate", 2, Kind.CALL, List.of("state", "pid")));
        List<InfoMessage> infos = List.of(new InfoMessage("refresh", true), new InfoMessage("DOWN", false),
                new InfoMessage("EXIT", false), new InfoMessage("timeout", false), new InfoMessage("noise", false));
        List<Case> out = new ArrayList<>();
        for (Decision d : decisions()) {
            out.add(new Case("module with every kind of operation: " + label(d), new SketchInput("Shop.Prices", d,
                    Pattern.GENSERVER, ops, ":prices_server", ":prices", "Shop", "Shop.Registry",
                    "Shop.PriceSupervisor", "Shop.Tasks", "Shop.Partitions", "rest_for_one", "sku", infos, List.of(),
                    null, null)));
            out.add(new Case("counter: " + label(d), new SketchInput("Shop.Counter", d, Pattern.AGENT,
                    List.of(new Operation("value", 0, Kind.READ), new Operation("increment", 0, Kind.WRITE),
                            new Operation("hit?", 1, Kind.OTHER), new Operation("reset!", 0, Kind.OTHER)),
                    null, null, "Shop", null, null, null, null, null, null, List.of(), List.of(), null, null)));
        }
        return out;
    }

    /** Hostile names and values under every decision: everything must still parse. */
    private static List<Case> hostile() {
        List<Operation> ops = List.of(
                new Operation("get", 1, Kind.READ, List.of("```")),
                new Operation("not valid", 1, Kind.READ),
                new Operation("do", 0, Kind.READ),
                new Operation("end", 1, Kind.WRITE),
                new Operation("_hidden", 0, Kind.READ),
                new Operation("a```b", 0, Kind.READ),
                new Operation("😀", 0, Kind.READ),
                new Operation("", 0, Kind.READ),
                new Operation("start_link", 1, Kind.READ),
                new Operation("get_or_start", 1, Kind.READ),
                new Operation("put", 2, Kind.WRITE, List.of("x", "x")),
                new Operation("valid?", 1, Kind.CAST, List.of("in")));
        List<InfoMessage> infos = List.of(new InfoMessage("```", true), new InfoMessage("do", true),
                new InfoMessage("schedule", true), new InfoMessage("tick", true));
        List<Case> out = new ArrayList<>();
        for (String name : HOSTILE_NAMES) {
            for (Decision d : decisions()) {
                boolean exact = !FORMAT_EXEMPT.contains(name);
                out.add(new Case("hostile " + printable(name) + ": " + label(d), new SketchInput(name, d,
                        Pattern.GENSERVER, ops, "```", ":\"x\"", "```", "Foo.bar", "{:via, X, ```}", "\n", "``` ",
                        ":simple_one_for_one", "```", infos, List.of("```", "{{{", "Foo\nBar", "{Good, []}"),
                        "```", "``` x"), exact));
                out.add(new Case("hostile today-supervisor " + printable(name) + ": " + label(d), new SketchInput(
                        name, d, Pattern.DYNAMIC_SUPERVISOR_REGISTRY, List.of(), null, null, null, null, null, null,
                        null, null, null, List.of(), List.of(), null, null), exact));
            }
        }
        return out;
    }

    /** Every process module of the example and the fixtures, with its own decision and every other one. */
    private static List<Case> projects() {
        List<Case> out = new ArrayList<>();
        for (Path root : List.of(polyglotShop(), umbrella(), resource("/sketch/hostile"), resource("/sketch/moved"),
                resource("/sketch/bypass"))) {
            ProjectFacts project = project(root);
            for (Assessment own : Assessor.assess(project).all()) {
                String name = own.name();
                out.add(new Case(name + " as decided", SketchInput.of(own, project)));
                for (Decision d : decisions()) {
                    out.add(new Case(name + ": " + label(d), SketchInput.of(own.withDecision(d), project)));
                }
            }
        }
        return out;
    }

    static synchronized ProjectFacts project(Path root) {
        return PROJECTS.computeIfAbsent(root.toString(),
                r -> new Analyzer(AnalysisOptions.defaults()).analyze(ScanRequest.of(root)).project());
    }

    /** The repository's example project, found from the module directory Maven runs tests in. */
    static Path polyglotShop() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolve("examples").resolve("polyglot-shop");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/polyglot-shop not found above " + dir);
    }

    /** The umbrella fixture of the facts tests. */
    static Path umbrella() {
        return resource("/facts/umbrella");
    }

    static Path resource(String name) {
        try {
            return Path.of(SketchCases.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String printable(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? Character.toString(c)
                : String.format("\\u{%X}", c)));
        return out.toString();
    }
}
