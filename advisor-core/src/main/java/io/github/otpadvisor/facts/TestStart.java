package io.github.otpadvisor.facts;

import java.util.List;

/**
 * A call in a test file that may start a process directly ({@code MyApp.Cache.start_link(opts)},
 * {@code GenServer.start_link(Worker, arg)}, {@code Agent.start(fn -> 0 end)}) instead of through ExUnit's test
 * supervisor (RULEBOOK OTP014). Mock expectations ({@code allow Mod.start_link(..)}, {@code assert_called ..}) are
 * not calls and are not recorded.
 *
 * @param call      the call as written, resolved ({@code MyApp.Cache.start_link/1})
 * @param target    the module called ({@code MyApp.Cache}, {@code GenServer}, {@code :gen_server})
 * @param function  {@code start_link} or {@code start}; {@code start_supervised}, {@code start_supervised!} or
 *                  {@code start_link_supervised!} for ExUnit's start of {@code target} ({@code {M, arg}} or {@code M})
 * @param args      its arguments as written (a piped value first), one per entry; for ExUnit's start, the child
 *                  spec's argument ({@code arg} of {@code {M, arg}}), none for {@code M}
 * @param module    the enclosing module
 * @param block     where it runs: {@code test "adds an item"}, {@code setup}, {@code setup_all}, a function
 *                  {@code start_cache/1} (with {@code setup_all } in front when a {@code setup_all :name} runs it),
 *                  or null for other module-level code
 * @param resultChecked the call's result is what the code checks: matched against a pattern other than
 *                  {@code {:ok, _}} ({@code assert {:error, _} = ...}, {@code :ignore = ...}), compared, or the
 *                  call sits in {@code assert_raise}/{@code catch_exit}: the start is expected to fail
 * @param trapsExits the block (or a {@code setup} of the module) sets {@code Process.flag(:trap_exit, true)}: the
 *                  test watches the exit signal of what it links
 * @param runsIn    when it runs in another process (a closure given to {@code spawn}, {@code Task.*},
 *                  {@code on_exit}, {@code start_supervised}): that call; null in the test process
 * @param stoppedBy when the block stops the pid it binds ({@code {:ok, pid} = ..} then {@code GenServer.stop(pid)},
 *                  {@code Agent.stop(pid)}, in the test or its {@code after}): that call; else null
 * @param preamble  how the test (or setup) gets there, as written, when it can be copied whole; else null
 */
public record TestStart(String call, String target, String function, List<String> args, Location location,
                        String module, String block, boolean resultChecked, boolean trapsExits, String runsIn,
                        String stoppedBy, TestPreamble preamble) {
    public TestStart {
        args = List.copyOf(args);
    }

    /** Without a preamble. */
    public TestStart(String call, String target, String function, List<String> args, Location location,
                     String module, String block, boolean resultChecked, boolean trapsExits, String runsIn,
                     String stoppedBy) {
        this(call, target, function, args, location, module, block, resultChecked, trapsExits, runsIn, stoppedBy,
                null);
    }

    /** The same start, with how its test gets there. */
    public TestStart withPreamble(TestPreamble p) {
        return new TestStart(call, target, function, args, location, module, block, resultChecked, trapsExits, runsIn,
                stoppedBy, p);
    }
}
