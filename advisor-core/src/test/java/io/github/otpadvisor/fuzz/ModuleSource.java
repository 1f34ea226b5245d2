package io.github.otpadvisor.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * The source of one generated module of a given {@link ProjectGenerator.Kind}, in the shapes the
 * fact extraction knows (and a few it need not), every detail a {@link Choices} decision. Other
 * modules are named from the project's list, which is what makes the supervision graph.
 */
final class ModuleSource {
    private static final List<String> STRATEGIES = List.of(":one_for_one", ":one_for_all", ":rest_for_one");
    private static final List<String> ARGS = List.of("[]", ":ok", "name: :fz_named", "%{id: 1}", "[id: 7]");
    private static final List<String> NAMES = List.of("", ", name: __MODULE__", ", name: :fz_static",
            ", name: {:via, Registry, {Fz.Registry, arg}}", ", name: {:global, {__MODULE__, arg}}",
            ", name: String.to_atom(\"fz_#{arg}\")");
    private static final List<String> RULES = List.of("", " OTP001", " OTP004", " OTP005", " OTP008", " OTP099");

    private final Choices c;
    private final List<String> modules;
    private final String name;
    private final StringBuilder out = new StringBuilder();

    ModuleSource(Choices c, List<String> modules, String name) {
        this.c = c;
        this.modules = modules;
        this.name = name;
    }

    String write(ProjectGenerator.Kind kind) {
        if (c.oneIn(10)) {
            line("# otp-advisor:disable-for-this-file" + c.pick(RULES));
        }
        line("defmodule " + name + " do");
        switch (kind) {
            case APPLICATION -> application();
            case SUPERVISOR -> supervisor();
            case DYNAMIC_SUPERVISOR -> dynamicSupervisor();
            case GEN_SERVER -> genServer();
            case AGENT -> agent();
            case TASK -> task();
            case PLAIN -> plain();
        }
        line("end");
        return out.toString();
    }

    private void application() {
        line("  use Application\n\n  @impl true\n  def start(_type, _args) do");
        line("    children = " + children("    "));
        line("    Supervisor.start_link(children, strategy: " + c.pick(STRATEGIES) + ", name: Fz.Supervisor)\n  end");
    }

    private void supervisor() {
        line("  use Supervisor\n");
        line("  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg" + c.pick(NAMES) + ")\n");
        String strategy = c.pick(STRATEGIES);
        switch (c.next(3)) {
            case 0 -> {
                line("  @impl true\n  def init(_arg) do\n    children = " + children("    "));
                line("    Supervisor.init(children, strategy: " + strategy + ")\n  end");
            }
            case 1 -> line("  @impl true\n  def init(_arg), do: Supervisor.init(" + children("  ") + ", strategy: "
                    + strategy + ")");
            default -> {
                line("  @children " + children("  ") + "\n");
                line("  @impl true\n  def init(_arg), do: Supervisor.init(@children ++ extra(), strategy: " + strategy
                        + ")\n");
                line("  defp extra, do: " + children("  "));
            }
        }
    }

    private void dynamicSupervisor() {
        line("  use DynamicSupervisor\n");
        line("  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg" + c.pick(NAMES) + ")\n");
        line("  def start_child(arg), do: DynamicSupervisor.start_child(__MODULE__, {" + other() + ", arg})\n");
        line("  @impl true\n  def init(_arg), do: DynamicSupervisor.init(strategy: :one_for_one"
                + (c.oneIn(2) ? ", max_children: 100)" : ")"));
    }

    private void genServer() {
        line("  use GenServer\n");
        line("  def start_link(arg), do: GenServer.start_link(__MODULE__, arg" + c.pick(NAMES) + ")\n");
        if (c.oneIn(2)) {
            line("  def get(key), do: GenServer.call(__MODULE__, {:get, key})");
        }
        if (c.oneIn(2)) {
            line("  def put(key, value), do: GenServer.cast(__MODULE__, {:put, key, value})");
        }
        line("\n  @impl true\n  def init(arg) do");
        if (c.oneIn(3)) {
            line("    Process.send_after(self(), :tick, 1_000)");
        }
        if (c.oneIn(4)) {
            line("    :ets.new(:fz_table, [:named_table, :public, read_concurrency: true])");
        }
        if (c.oneIn(5)) {
            line("    Process.flag(:trap_exit, true)");
        }
        line("    " + c.pick(List.of("{:ok, %{arg: arg}}", "{:ok, %{}, {:continue, :load}}", "{:ok, arg, 5_000}",
                "{:ok, %{}, :hibernate}", ":ignore")) + "\n  end");
        for (int i = c.next(6); i > 0; i--) {
            handler();
        }
    }

    private void handler() {
        suppression();
        line("  @impl true");
        line(switch (c.next(10)) {
            case 0 -> "  def handle_call({:get, key}, _from, state), do: {:reply, Map.get(state, key), state}";
            case 1 -> "  def handle_call(:state, _from, state), do: {:reply, state, state}";
            case 2 -> "  def handle_call({:work, x}, _from, state), do: {:reply, " + other() + ".run(x), state}";
            case 3 -> "  def handle_cast({:put, key, value}, state), do: {:noreply, Map.put(state, key, value)}";
            case 4 -> "  def handle_cast({:forward, _msg}, state) do\n    GenServer.cast(" + other()
                    + ", {:big, state})\n    {:noreply, state}\n  end";
            case 5 -> "  def handle_info(:tick, state) do\n    Process.send_after(self(), :tick, 1_000)\n"
                    + "    send(" + other() + ", {:tick, state})\n    {:noreply, state}\n  end";
            case 6 -> "  def handle_info({:DOWN, _ref, :process, _pid, _reason}, state), do: {:noreply, state}";
            case 7 -> "  def handle_info(:timeout, state), do: {:stop, :normal, state}";
            case 8 -> "  def handle_continue(:load, state), do: {:noreply, Map.put(state, :x, " + other() + ".get(:x))}";
            default -> "  def terminate(_reason, _state), do: :ok";
        });
    }

    private void agent() {
        line("  use Agent\n");
        line("  def start_link(arg), do: Agent.start_link(fn -> %{arg: arg} end" + c.pick(NAMES) + ")");
        line("  def get(key), do: Agent.get(__MODULE__, &Map.get(&1, key))");
        line("  def put(key, value), do: Agent.update(__MODULE__, &Map.put(&1, key, value))");
        if (c.oneIn(2)) {
            line("  def bump(key), do: Agent.get_and_update(__MODULE__, fn s -> {Map.get(s, key), "
                    + "Map.update(s, key, 1, &(&1 + 1))} end)");
        }
    }

    private void task() {
        line("  use Task\n");
        line("  def start_link(arg), do: Task.start_link(__MODULE__, :run, [arg])\n");
        line("  def run(arg), do: " + other() + ".get(arg)");
    }

    private void plain() {
        for (int i = 1 + c.next(3); i > 0; i--) {
            suppression();
            line("  def run" + i + "(arg) do\n    " + startSite() + "\n  end\n");
        }
        line("  def loop(state) do\n    receive do\n      msg -> loop([msg | state])\n    end\n  end");
    }

    private String startSite() {
        String m = other();
        return switch (c.next(12)) {
            case 0 -> "spawn(fn -> " + m + ".run(arg) end)";
            case 1 -> "spawn_link(__MODULE__, :loop, [arg])";
            case 2 -> "Task.start(fn -> " + m + ".get(arg) end)";
            case 3 -> "Task.async(fn -> arg end) |> Task.await()";
            case 4 -> "GenServer.start(" + m + ", arg)";
            case 5 -> "GenServer.start_link(" + m + ", arg, name: {:global, arg})";
            case 6 -> "DynamicSupervisor.start_child(" + m + ", {" + other() + ", arg})";
            case 7 -> "Agent.start_link(fn -> arg end)";
            case 8 -> "Task.Supervisor.start_child(Fz.TaskSupervisor, fn -> " + m + ".run(arg) end)";
            case 9 -> "String.to_atom(\"fz_#{arg}\")";
            case 10 -> m + ".start_link(arg)";
            default -> ":ets.new(:fz_table, [:named_table, :public])";
        };
    }

    /** A children list of up to four specs, each naming any module of the project (itself included). */
    private String children(String indent) {
        List<String> specs = new ArrayList<>();
        for (int i = c.next(5); i > 0; i--) {
            specs.add(indent + "  " + childSpec(specs.size()));
        }
        return specs.isEmpty() ? "[]" : "[\n" + String.join(",\n", specs) + "\n" + indent + "]";
    }

    private String childSpec(int id) {
        String m = other();
        return switch (c.next(10)) {
            case 0, 1 -> m;
            case 2 -> "{" + m + ", " + c.pick(ARGS) + "}";
            case 3 -> "%{id: :c" + id + ", start: {" + m + ", :start_link, [" + c.pick(ARGS) + "]}"
                    + (c.oneIn(2) ? ", type: :supervisor" : "") + (c.oneIn(3) ? ", restart: :temporary" : "") + "}";
            case 4 -> "Supervisor.child_spec({" + m + ", " + c.pick(ARGS) + "}, id: :c" + id + ")";
            case 5 -> "{DynamicSupervisor, strategy: :one_for_one, name: " + m + "}";
            case 6 -> "{Registry, keys: :unique, name: Fz.Registry}";
            case 7 -> "{Task.Supervisor, name: Fz.TaskSupervisor}";
            case 8 -> "{PartitionSupervisor, child_spec: DynamicSupervisor, name: " + m + "}";
            default -> "{Task, fn -> " + m + ".run(:boot) end}";
        };
    }

    private void suppression() {
        if (c.oneIn(8)) {
            line("  # otp-advisor:disable-next-line" + c.pick(RULES));
        }
    }

    private String other() {
        return c.pick(modules);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
