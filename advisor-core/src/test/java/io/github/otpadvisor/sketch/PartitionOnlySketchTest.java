package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.report.model.ModuleReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A per-entity process already started under a DynamicSupervisor whose only change is a PartitionSupervisor (OTP010)
 * keeps its module as it is: the sketch routes today's start_child call by the caller's own entity variable. The
 * rewrite it replaces gave streampai's StreamManager a new start_link registering under a key its own calls never
 * used, and a test of a get_or_start that exists only in the sketch (rated 1 in the eleventh stop's cold reading).
 */
class PartitionOnlySketchTest {
    private static final Map<String, String> SHOP = new LinkedHashMap<>();

    static {
        SHOP.put("lib/shop_web/room_channel.ex", """
                defmodule ShopWeb.RoomChannel do
                  use Phoenix.Channel
                  def join("room:" <> room_id, _params, socket) do
                    Shop.Rooms.open(room_id)
                    {:ok, socket}
                  end
                end
                """);
        SHOP.put("lib/shop/rooms.ex", """
                defmodule Shop.Rooms do
                  def open(room_id) do
                    spec = {Shop.Room, room_id}
                    DynamicSupervisor.start_child(Shop.RoomSupervisor, spec)
                  end
                end
                """);
        SHOP.put("lib/shop/room.ex", """
                defmodule Shop.Room do
                  use GenServer
                  def start_link(room_id), do: GenServer.start_link(__MODULE__, room_id, name: Shop.Names.via(:room, room_id))
                  def say(room_id, text), do: GenServer.cast(Shop.Names.via(:room, room_id), {:say, text})
                  def init(room_id) do
                    Process.send_after(self(), :expire, 60_000)
                    {:ok, %{id: room_id, lines: []}}
                  end
                  def handle_cast({:say, text}, state), do: {:noreply, %{state | lines: [text | state.lines]}}
                  def handle_info(:expire, state), do: {:stop, :normal, state}
                end
                """);
        SHOP.put("lib/shop/names.ex", """
                defmodule Shop.Names do
                  def via(kind, id), do: {:via, Registry, {Shop.Registry, {kind, id}}}
                end
                """);
        SHOP.put("lib/shop/application.ex", """
                defmodule Shop.Application do
                  use Application
                  def start(_type, _args) do
                    children = [
                      {Registry, keys: :unique, name: Shop.Registry},
                      {DynamicSupervisor, name: Shop.RoomSupervisor, strategy: :one_for_one}
                    ]
                    Supervisor.start_link(children, strategy: :one_for_one)
                  end
                end
                """);
    }

    @TempDir
    static Path root;
    private static ModuleReport room;

    @BeforeAll
    static void analyze() throws IOException {
        room = ShopProject.pages(root, SHOP).get("Shop.Room");
    }

    @Test
    void theModuleStaysAndTodaysStartIsRoutedByTheCallersEntity() {
        assertEquals("PartitionSupervisor", room.recommendation().placement());
        String sketch = room.implementation();
        assertTrue(sketch.contains("Shop.Room itself does not change"), sketch);
        assertTrue(sketch.contains("{:via, PartitionSupervisor, {Shop.RoomSupervisor, room_id}}"), sketch);
        assertFalse(sketch.contains("def start_link") || sketch.contains("get_or_start"), sketch);
    }

    @Test
    void aNameAnotherModuleBuildsIsNotSaidToBeNoRegistry() {
        assertFalse(String.valueOf(room.recommendation().todayPlacement()).contains("no Registry"),
                room.recommendation().todayPlacement());
    }

    @Test
    void theTreeShowsThePartitionSupervisorInPlaceOfTodaysAndTheTestUsesTodaysStart() {
        String entry = room.supervision().childrenEntry();
        assertTrue(entry.contains("child_spec: DynamicSupervisor, name: Shop.RoomSupervisor}"), entry);
        assertFalse(entry.contains("One child per"), entry);
        assertFalse(room.testSketch().contains("Room.start_child(") || room.testSketch().contains("get_or_start("),
                room.testSketch());
    }

    @Test
    void aStructEntityNamedByItsIdIsRoutedByTheId(@TempDir Path other) throws IOException {
        // teiserver's parties: start_child(PartySupervisor, {PartyServer, name: "party_#{party.id}", ..}) from
        // start_party_server(party); routed by the whole struct, stop_party_server(id) could not find the partition
        Map<String, String> files = new LinkedHashMap<>(SHOP);
        files.put("lib/shop/rooms.ex", """
                defmodule Shop.Rooms do
                  def open(room) do
                    DynamicSupervisor.start_child(Shop.RoomSupervisor, {Shop.Room, room.id})
                  end
                end
                """);
        String sketch = ShopProject.pages(other, files).get("Shop.Room").implementation();
        assertTrue(sketch.contains("{:via, PartitionSupervisor, {Shop.RoomSupervisor, room.id}}"), sketch);
    }
}
