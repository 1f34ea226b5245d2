package io.github.otpadvisor.sketch;

import io.github.otpadvisor.assess.Assessment;
import io.github.otpadvisor.decision.Decision;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.decision.Verdict;
import io.github.otpadvisor.facts.ChildSpec;
import io.github.otpadvisor.facts.ChildrenList;
import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.EtsTable;
import io.github.otpadvisor.facts.MessageSend;
import io.github.otpadvisor.facts.NameRef;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.Target;
import io.github.otpadvisor.project.ProcessModule;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.project.ProjectNames;
import io.github.otpadvisor.project.Property;
import io.github.otpadvisor.project.SupervisedBy;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.sketch.SketchInput.InfoMessage;
import io.github.otpadvisor.sketch.SketchInput.Operation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds a {@link SketchInput} from an analyzed process module and its place in the project. */
final class ModuleSketchInputs {
    /** Longer child specs are shown by their module only: a sketch line should stay readable. */
    private static final int MAX_CHILD_TEXT = 70;
    private static final int MAX_CHILDREN = 6;

    private ModuleSketchInputs() {
    }

    static SketchInput of(Assessment a, ProjectFacts project, List<Finding> findings) {
        ProcessModule m = a.module();
        Decision d = a.decision();
        ProjectNames names = a.names();
        boolean byIdToday = m.is(Property.PER_ENTITY);
        if (byIdToday && d.placement() == Placement.STATIC_CHILD && !m.abstraction().isSupervisor()
                && a.verdict() != Verdict.FITS) {
            // Kept as a static child of a subtree started per entity, it is still found by its id through a
            // Registry: the sketch addresses it so, never under one fixed name.
            d = new Decision(d.processNeeded(), d.abstraction(), Placement.DYNAMIC_SUPERVISOR_REGISTRY, d.decidedBy(),
                    d.rationale());
        }
        String entityId = byIdToday ? entityId(m) : "id";
        List<Operation> ops = FactOperations.of(m, project.fileOf(m.name(), m.app()).orElse(null), byIdToday, entityId);
        if (SketchNames.perEntity(d) && !byIdToday) {
            // Functions that read the table directly keep their parameters: they are kept as written.
            Set<String> bypass = new java.util.HashSet<>();
            m.facts().api().stream().filter(io.github.otpadvisor.facts.ApiFunction::bypass)
                    .forEach(f -> bypass.add(f.key()));
            ops = ops.stream().map(o -> bypass.contains(o.key()) ? o : withId(o, entityId)).toList();
        }
        return new SketchInput(m.name(), d, a.today(), ops, registeredName(m, project), etsTable(m),
                // A module that stays as it is uses only the Registry it registers in today.
                names.namespace(), a.verdict() == Verdict.FITS ? names.ownRegistry() : names.registry(),
                names.dynamicSupervisor(),
                names.taskSupervisor(), partitionSupervisor(names, d), parentStrategy(m), entityId, infoMessages(m),
                children(m, project), ownStrategy(m, project), dynamicChild(m, project),
                TodayCodes.of(a, project, findings), childIds(m, project));
    }

    /** A project module whose child_spec is the one {@code use GenServer} (or Agent, Supervisor...) writes. */
    private static boolean defaultId(String module, ProjectFacts project) {
        io.github.otpadvisor.facts.ModuleFacts f = project.processModule(module).map(ProcessModule::facts)
                .orElse(null);
        return f != null && f.ownChildSpec() == null && !f.defines("child_spec", 1) && !f.useOptions().containsKey("id");
    }

    /** The ids of its children a test can look for, and whether its lists are read whole. */
    private static SketchInput.ChildIds childIds(ProcessModule m, ProjectFacts project) {
        List<ChildrenList> lists = ownLists(m, project);
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean complete = lists.size() == 1;
        int count = 0;
        for (ChildrenList l : lists) {
            for (ChildSpec c : l.children()) {
                count++;
                complete &= c.form() != ChildSpec.Form.UNRESOLVED && c.module() != null && !temporary(c, project)
                        && c.condition() == null;
                if (c.condition() != null || temporary(c, project)) {
                    // listed only under a condition (logflare's ConsolidatedSupWorker, left out under :test): a test
                    // looks for it in no environment it cannot tell; a temporary child is gone from which_children
                    // once it exits, or never there when its start returns :ignore (teiserver's RestorePartyTask)
                    continue;
                }
                // A library's child_spec picks its own id (Task.Supervisor's is its name:): only a project
                // module with the default child_spec runs under its module name.
                String id = c.id() != null ? c.id() : (c.form() == ChildSpec.Form.MODULE
                        || c.form() == ChildSpec.Form.TUPLE) && defaultId(c.module(), project) ? c.module() : null;
                if (id != null && ElixirNames.isAlias(id) && !ids.contains(id)) {
                    ids.add(id);
                }
                // a fixed name a second instance of the supervisor could not take again
                // by its full name: the test has none of the supervisor's aliases (logflare's Spool.ConsumerSup
                // names its child ConsumerPipeline after an alias)
                String name = c.name() == null ? null : c.name().kind() == io.github.otpadvisor.facts.NameRef.Kind.MODULE
                        && c.name().module() != null ? c.name().module() : c.name().text();
                if (c.name() != null && c.name().fixed() && !c.name().lookup() && name != null
                        && name.matches("[A-Z][A-Za-z0-9_.]*|:[a-z_][A-Za-z0-9_]*") && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        // children added at run time (codebattle's games) are counted too: the running one has any number
        complete &= project.addedAtRuntime(m.name()).isEmpty();
        return new SketchInput.ChildIds(ids, complete && count > 0 ? count : -1, names);
    }

    /**
     * A temporary child: its spec goes once it exits (hedgehog's start-up Task), so how many specs a supervisor
     * counts depends on when the test looks.
     */
    private static boolean temporary(ChildSpec c, ProjectFacts project) {
        if ("temporary".equals(c.restart())) {
            return true;
        }
        return project.processModule(c.module()).map(pm -> pm.abstraction() == io.github.otpadvisor.facts.Abstraction.TASK
                || ":temporary".equals(pm.facts().useOptions().get("restart"))
                || pm.facts().ownChildSpec() != null && "temporary".equals(pm.facts().ownChildSpec().restart()))
                .orElse(false);
    }

    /**
     * The PartitionSupervisor of its own namespace; when the project has none and the recommendation partitions
     * the DynamicSupervisor that starts it today, that one's name: the partitions take its place (as OTP010 says).
     */
    private static String partitionSupervisor(ProjectNames names, Decision d) {
        String own = names.partitionSupervisor();
        return own != null || d.placement() != Placement.PARTITION_SUPERVISOR ? own : names.dynamicSupervisor();
    }

    /** A singleton's operation made per entity: the entity id comes first. */
    private static Operation withId(Operation o, String entityId) {
        List<String> params = new ArrayList<>();
        if (!o.params().isEmpty() && !o.params().contains(entityId)) {
            params.add(entityId);
            params.addAll(o.params());
        }
        return new Operation(o.name(), o.arity() + 1, o.kind(), params, o.tag());
    }

    /**
     * For a module run per entity today, the variable naming the entity: {@code init}'s argument
     * ({@code init(cart_id)}), else the via key; {@code id} when neither is a plain variable.
     */
    private static String entityId(ProcessModule m) {
        for (ClauseSummary c : m.facts().clauses("init")) {
            String v = SketchNames.entityVariable(c.message());
            if (v != null) {
                return v;
            }
        }
        for (NameRef n : m.names()) {
            if (n.kind() == NameRef.Kind.VIA_REGISTRY) {
                String v = SketchNames.entityVariable(n.key());
                if (v != null) {
                    return v;
                }
            }
        }
        return "id";
    }

    /**
     * The name it registers under, as the sketch writes it: the start-option expression of its own start call
     * ({@code Keyword.get(opts, :name, __MODULE__)}), the Registry key its {@code init} registers under when its
     * start call gives no name ({@code {:via, Registry, {Shop.Registry, "prices"}}}), or the fixed name
     * ({@code __MODULE__} for its own).
     */
    private static String registeredName(ProcessModule m, ProjectFacts project) {
        for (NameRef n : m.names()) {
            if (n.fromOptions() != null && m.name().equals(n.owner()) && ownStart(n)) {
                return n.fromOptions();
            }
        }
        if (m.names().stream().noneMatch(n -> m.name().equals(n.owner()) && ownStart(n))) {
            String via = initRegistration(m, project);
            if (via != null) {
                return via;
            }
        }
        // the name its own start call registers first: sensocto's SensorsStateAgent ignores the
        // name: SensorsStateAgent its children entry passes and registers :sensors_state_agent
        List<NameRef> own = m.names().stream().filter(n -> m.name().equals(n.owner()) && ownStart(n)).toList();
        String fixed = fixedName(own, m.name());
        return fixed != null ? fixed : fixedName(m.names(), m.name());
    }

    /** The first of {@code names} that is a module or an atom, as the sketch writes it; null when none is. */
    private static String fixedName(List<NameRef> names, String module) {
        for (NameRef n : names) {
            if (n.kind() == NameRef.Kind.MODULE && module.equals(n.module())) {
                return "__MODULE__";
            }
            if (n.kind() == NameRef.Kind.MODULE || n.kind() == NameRef.Kind.ATOM) {
                String lit = ElixirNames.nameLiteral(n.kind() == NameRef.Kind.MODULE ? n.module() : n.text());
                if (lit != null) {
                    return lit;
                }
            }
        }
        return null;
    }

    /** A name given to the module's own start call ({@code GenServer.start_link(__MODULE__, opts, name: ...)}). */
    private static boolean ownStart(NameRef n) {
        return n.context() != null && (n.context().endsWith(".start_link") || n.context().endsWith(".start"));
    }

    /** {@code Registry.register(Reg, "key", value)} in its {@code init/1} with a literal key, as a via name. */
    private static String initRegistration(ProcessModule m, ProjectFacts project) {
        var file = project.fileOf(m.name(), m.app()).orElse(null);
        if (file == null) {
            return null;
        }
        for (NameRef n : file.names()) {
            if (n.kind() == NameRef.Kind.VIA_REGISTRY && "Registry.register".equals(n.context())
                    && m.name().equals(n.owner()) && "init/1".equals(n.function()) && n.keyIsLiteral()
                    && ElixirNames.isAlias(n.module()) && n.key() != null) {
                String via = "{:via, Registry, {" + n.module() + ", " + n.key().strip() + "}}";
                if (SketchNames.viaName(via)) {
                    return via;
                }
            }
        }
        return null;
    }

    private static String etsTable(ProcessModule m) {
        for (EtsTable t : m.ownedTables()) {
            String lit = ElixirNames.nameLiteral(t.name());
            if (lit != null && !t.inTest()) {
                return lit;
            }
        }
        return null;
    }

    private static String parentStrategy(ProcessModule m) {
        for (SupervisedBy s : m.supervisedBy()) {
            String strategy = SketchNames.strategy(s.list().strategy());
            if (strategy != null) {
                return strategy;
            }
        }
        return null;
    }

    /**
     * Its handle_info messages with an atom tag; periodic when the module schedules them for itself.
     * A catch-all clause is not listed: the sketch adds its own.
     */
    private static List<InfoMessage> infoMessages(ProcessModule m) {
        Set<String> scheduled = new LinkedHashSet<>();
        for (MessageSend s : m.sendsToIt()) {
            if (s.kind() == MessageSend.Kind.SEND_AFTER && s.messageTag() != null
                    && (s.target().kind() == Target.Kind.SELF || m.name().equals(s.target().module()))) {
                scheduled.add(s.messageTag());
            }
        }
        Set<String> tags = new LinkedHashSet<>();
        for (ClauseSummary c : m.facts().clauses("handle_info")) {
            if (c.messageTag() != null && SketchNames.infoTag(c.messageTag())) {
                tags.add(c.messageTag());
            }
        }
        List<InfoMessage> out = new ArrayList<>();
        for (String t : tags) {
            out.add(new InfoMessage(t, scheduled.contains(t)));
        }
        return out;
    }

    /** A supervisor module's own children lists (as the analyzer read them). */
    private static List<ChildrenList> ownLists(ProcessModule m, ProjectFacts project) {
        if (!m.abstraction().isSupervisor()) {
            return List.of();
        }
        return project.childrenLists().stream().filter(l -> m.name().equals(l.module())
                && l.source() != ChildrenList.Source.APPLICATION_START).toList();
    }

    /** Its children as Elixir: the spec as written when short and parseable, else the child's module. */
    private static List<String> children(ProcessModule m, ProjectFacts project) {
        List<String> out = new ArrayList<>();
        for (ChildrenList l : ownLists(m, project)) {
            for (ChildSpec c : l.children()) {
                String text = c.text();
                if (text != null && text.length() <= MAX_CHILD_TEXT && SketchNames.fenceSafe(text)
                        && !text.contains("\n") && Messages.parses(text)) {
                    out.add(text);
                } else if (c.module() != null && ElixirNames.isAlias(c.module())) {
                    out.add(c.module());
                }
            }
        }
        return out.stream().distinct().limit(MAX_CHILDREN).toList();
    }

    private static String ownStrategy(ProcessModule m, ProjectFacts project) {
        for (ChildrenList l : ownLists(m, project)) {
            String s = SketchNames.strategy(l.strategy());
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** For a DynamicSupervisor module: the module started under it, as found in start_child calls. */
    private static String dynamicChild(ProcessModule m, ProjectFacts project) {
        if (!m.abstraction().isSupervisor()) {
            return null;
        }
        Set<String> supervisorNames = new LinkedHashSet<>();
        supervisorNames.add(m.name());
        for (NameRef n : m.names()) {
            if (n.module() != null) {
                supervisorNames.add(n.module());
            }
        }
        for (StartSite s : project.startSitesFor(m.name(), m.app())) {
            Target t = s.supervisor();
            if (s.kind() == StartSite.Kind.DYNAMIC_START_CHILD && !s.inTest() && t != null && t.module() != null
                    && supervisorNames.contains(t.module()) && ElixirNames.isAlias(s.startedModule())) {
                return s.startedModule();
            }
        }
        // its own start_child into a supervisor it is handed ({ProcessManagerInstance, opts} in commanded)
        for (StartSite s : project.startSitesFor(m.name(), m.app())) {
            if (s.kind() == StartSite.Kind.DYNAMIC_START_CHILD && !s.inTest() && m.name().equals(s.module())
                    && ElixirNames.isAlias(s.startedModule()) && !m.name().equals(s.startedModule())) {
                return s.startedModule();
            }
        }
        // a :simple_one_for_one Supervisor's one child is the template of what it starts
        return project.simpleOneForOne(m.name()).filter(l -> l.children().size() == 1)
                .map(l -> l.children().get(0).module()).filter(ElixirNames::isAlias).orElse(null);
    }
}
