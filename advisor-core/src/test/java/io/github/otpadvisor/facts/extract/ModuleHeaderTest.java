package io.github.otpadvisor.facts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.otpadvisor.facts.ModuleFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A process module's alias/require/import/use lines and attributes are read as written, for sketches to keep. */
class ModuleHeaderTest {
    @Test
    void aliasesRequiresImportsUsesAndAttributesAsWritten() {
        String src = String.join("\n",
                "defmodule App.Monitor do",
                "  @moduledoc \"docs\"",
                "  alias Phoenix.PubSub",
                "  alias App.{Account, Battle}",
                "  alias App.Coordinator.AutomodServer, as: Automod",
                "  use Plugins",
                "  use GenServer, restart: :transient",
                "  require Logger",
                "  import App.NumberHelper, only: [int_parse: 1]",
                "  import App.Rpc,",
                "    only: [",
                "      call: 2",
                "    ]",
                "  @behaviour App.Carrier",
                "  @name :monitor",
                "  @defaults [",
                "    size: 10,",
                "    ttl: 60",
                "  ]",
                "  @spec start_link(list()) :: GenServer.on_start()",
                "  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: @name)",
                "  @impl true",
                "  def init(_), do: {:ok, %{}}",
                "  @decorate Plugins.plugin(:x)",
                "  def x, do: Logger.info(\"x\")",
                "end", "");
        ModuleFacts m = FileFactsExtractor.extractSource("lib/monitor.ex", null, src).modules().get(0);
        assertEquals(List.of("alias Phoenix.PubSub", "alias App.{Account, Battle}",
                "alias App.Coordinator.AutomodServer, as: Automod", "use Plugins", "use GenServer, restart: :transient",
                "require Logger", "import App.NumberHelper, only: [int_parse: 1]",
                "import App.Rpc,\n  only: [\n    call: 2\n  ]", "@behaviour App.Carrier",
                "@name :monitor", "@defaults [\n  size: 10,\n  ttl: 60\n]"), m.header());
    }

    @Test
    void aPlainModuleKeepsNone() {
        ModuleFacts m = FileFactsExtractor.extractSource("lib/util.ex", null,
                "defmodule App.Util do\n  alias App.Repo\n  def all, do: Repo.all()\nend\n").modules().get(0);
        assertEquals(List.of(), m.header());
    }
}
