package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Read cold at the thirteenth stop (issue 11): nerves_gate's own tests start each server with a temporary root and
 * fake operations their setup builds ({@code Setup.start_link(name: name, root: root, ops: ops)}); the sketches
 * started them with the defaults, on the application's real data folder and devices, and asserted nothing. A server
 * the project's test starts with values its setup builds is started in a copy of that setup; one it starts with
 * literals and the test's name is started the same way.
 */
class ProjectTestSetupTest {
    @TempDir
    Path root;

    private static final String DEVICE = """
            defmodule Shop.Device do
              use GenServer
              def start_link(opts \\\\ []) do
                GenServer.start_link(__MODULE__, opts, name: Keyword.get(opts, :name, __MODULE__))
              end
              def init(opts), do: {:ok, %{root: Keyword.get(opts, :root, "/data"), profile: %{}, mode: :a}}
              def get(server \\\\ __MODULE__), do: GenServer.call(server, :get)
              def rename(name, server \\\\ __MODULE__), do: GenServer.call(server, {:rename, name})
              def handle_call(:get, _from, state), do: {:reply, state.profile, state}
              def handle_call({:rename, name}, _from, state) do
                File.write!(Path.join(state.root, "device.json"), name)
                {:reply, :ok, %{state | profile: %{name: name}}}
              end
            end
            """;

    @Test
    void aStartWithWhatTheSetupBuildsIsMadeInThatSetupCopied() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/device.ex", DEVICE);
        files.put("test/shop/device_test.exs", """
                defmodule Shop.DeviceTest do
                  use ExUnit.Case
                  alias Shop.Device

                  setup do
                    root = Path.join(System.tmp_dir!(), "device")
                    name = String.to_atom("device_#{System.unique_integer([:positive])}")
                    {:ok, device} = Device.start_link(name: name, root: root)
                    %{device: device}
                  end

                  test "renames", %{device: device} do
                    assert :ok = Device.rename("gate", device)
                  end
                end
                """);
        String t = ShopProject.testSketch(ShopProject.analyze(root, files), "Shop.Device");
        // its setup, copied, starts it on the temporary root; the test takes the pid it gives as :device
        assertTrue(t.contains("  setup do\n    root = Path.join(System.tmp_dir!(), \"device\")\n"), t);
        assertTrue(t.contains("    {:ok, device} = Device.start_link(name: name, root: root)\n    %{device: device}\n"), t);
        assertTrue(t.contains(", %{device: pid} do\n"), t);
        assertTrue(t.contains("assert Device.get(pid) == %{}"), t);
        assertFalse(t.contains("start_supervised!"), t);
        assertTrue(Messages.parses(t), t);
    }

    @Test
    void aStartWithLiteralsAndTheTestsNameIsTheTestsStart() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/device.ex", DEVICE);
        files.put("test/shop/device_test.exs", """
                defmodule Shop.DeviceTest do
                  use ExUnit.Case
                  alias Shop.Device

                  setup do
                    name = String.to_atom("device_#{System.unique_integer([:positive])}")
                    {:ok, device} = Device.start_link(name: name, root: "/tmp/device")
                    %{device: device}
                  end

                  test "renames", %{device: device} do
                    assert :ok = Device.rename("gate", device)
                  end
                end
                """);
        String t = ShopProject.testSketch(ShopProject.analyze(root, files), "Shop.Device");
        assertTrue(t.contains("# Started as the project's own test starts it (test/shop/device_test.exs:7)."), t);
        assertTrue(t.contains("start_supervised!({Device, name: __MODULE__, root: \"/tmp/device\"})"), t);
        assertFalse(t.contains("Not written here"), t);
    }

    @Test
    void aCallThatTakesOnlyTheProcessIsNoReadOfWhatAnotherStored() throws IOException {
        // nerves_gate's DeviceState.Server: join(client, server) monitors the client; data(server) replies the
        // device data. The sketch asserted Server.data(pid) == pid after Server.join(pid, pid).
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/state_server.ex", """
                defmodule Shop.StateServer do
                  use GenServer
                  def start_link(opts \\\\ []) do
                    GenServer.start_link(__MODULE__, opts, name: Keyword.get(opts, :name, __MODULE__))
                  end
                  def init(_), do: {:ok, %{clients: %{}, data: %{name: "a"}}}
                  def data(server \\\\ __MODULE__), do: GenServer.call(server, :data)
                  def join(client, server \\\\ __MODULE__) when is_pid(client) do
                    GenServer.call(server, {:join, client})
                  end
                  def handle_call(:data, _from, state), do: {:reply, state.data, state}
                  def handle_call({:join, client}, _from, state) do
                    ref = Process.monitor(client)
                    {:reply, :ok, %{state | clients: Map.put(state.clients, client, ref)}}
                  end
                  def handle_info({:DOWN, ref, :process, _, _}, state) do
                    {:noreply, %{state | clients: Map.reject(state.clients, fn {_, r} -> r == ref end)}}
                  end
                end
                """);
        String t = ShopProject.testSketch(ShopProject.analyze(root, files), "Shop.StateServer");
        assertFalse(t.contains("== pid"), t);
        assertTrue(t.contains("StateServer.join(") || t.contains("StateServer.data("), t);
    }

    @Test
    void argumentsFollowTheFunctionsOwnOrder() throws IOException {
        // thistle_tea's Instance: leave(guid, world, server) with a bodyless head, a clause matching %WorldRef{} and
        // a catch-all; the sketch wrote Instance.leave(pid, "guid-1", pid), which the catch-all swallowed.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/world_ref.ex", "defmodule Shop.WorldRef do\n  defstruct [:map]\nend\n");
        files.put("lib/shop/instance.ex", """
                defmodule Shop.Instance do
                  use GenServer
                  alias Shop.WorldRef
                  def start_link(opts \\\\ []) do
                    GenServer.start_link(__MODULE__, opts, name: Keyword.get(opts, :name, __MODULE__))
                  end
                  def init(_), do: {:ok, %{worlds: %{}}}
                  def enter(map_id, guid, server \\\\ __MODULE__) when is_integer(map_id) and is_integer(guid) do
                    GenServer.call(server, {:enter, map_id, guid})
                  end
                  def leave(guid, world, server \\\\ __MODULE__)
                  def leave(guid, %WorldRef{} = world, server) when is_integer(guid) do
                    GenServer.cast(server, {:leave, guid, world})
                  end
                  def leave(_guid, _world, _server), do: :ok
                  def handle_call({:enter, map_id, guid}, _from, state) do
                    {:reply, {:ok, map_id}, put_in(state.worlds[guid], map_id)}
                  end
                  def handle_cast({:leave, guid, _world}, state) do
                    {:noreply, %{state | worlds: Map.delete(state.worlds, guid)}}
                  end
                end
                """);
        String t = ShopProject.testSketch(ShopProject.analyze(root, files), "Shop.Instance");
        assertFalse(t.contains("leave(pid,"), t);
    }

    @Test
    void aStartSupervisedOfTheProjectsTestCountsToo() throws IOException {
        // thistle_tea's Instance test: start_supervised!({InstanceSystem, name: name, cleanup: fn w -> send(parent,
        // ..) end}); the sketch passed no :cleanup.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lib/shop/device.ex", DEVICE);
        files.put("test/shop/device_test.exs", """
                defmodule Shop.DeviceTest do
                  use ExUnit.Case
                  alias Shop.Device, as: Dev

                  test "renames" do
                    parent = self()
                    name = :device_test
                    start_supervised!({Dev, name: name, root: "/tmp/d", notify: fn n -> send(parent, n) end})
                    assert :ok = Dev.rename("gate", name)
                  end
                end
                """);
        files.put("test/shop/other_test.exs", """
                defmodule Shop.OtherTest do
                  use ExUnit.Case
                  test "starts" do
                    start_supervised!({Shop.Device, root: "/tmp/o"})
                  end
                end
                """);
        io.github.otpadvisor.analysis.AnalysisResult r = ShopProject.analyze(root, files);
        String t = ShopProject.testSketch(r, "Shop.Device");
        // the lines before its start, copied: parent is the test's own process
        assertTrue(t.contains("    parent = self()\n    name = :device_test\n\n    pid = start_supervised!({Dev, name: name,"
                + " root: \"/tmp/d\", notify: fn n -> send(parent, n) end})\n"), t);
        // OTP014 is about direct starts: ExUnit's own start is not one
        assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().equals("OTP014")), r.findings().toString());
    }
}
