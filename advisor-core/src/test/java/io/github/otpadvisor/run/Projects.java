package io.github.otpadvisor.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small Elixir projects written into a test's folder. */
final class Projects {
    /** One red flag: {@code lib/shop/price_cache.ex:3:3: error [OTP004]}, a singleton key-value GenServer. */
    static final String PRICE_CACHE = """
            defmodule Shop.PriceCache do
              @moduledoc "Prices by SKU."
              use GenServer

              def start_link(_opts), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)

              def get(sku), do: GenServer.call(__MODULE__, {:get, sku})
              def put(sku, price), do: GenServer.cast(__MODULE__, {:put, sku, price})

              @impl true
              def init(prices), do: {:ok, prices}

              @impl true
              def handle_call({:get, sku}, _from, prices), do: {:reply, Map.get(prices, sku), prices}

              @impl true
              def handle_cast({:put, sku, price}, prices), do: {:noreply, Map.put(prices, sku, price)}
            end
            """;

    static final String APPLICATION = """
            defmodule Shop.Application do
              use Application

              @impl true
              def start(_type, _args) do
                Supervisor.start_link([Shop.PriceCache], strategy: :one_for_one, name: Shop.Supervisor)
              end
            end
            """;

    static final String BROKEN = "defmodule Shop.Broken do\n  def f(, do: 1\nend\n";

    private Projects() {
    }

    /** {@code lib/shop/application.ex} and {@code lib/shop/price_cache.ex}: one OTP004 error. */
    static Path redFlag(Path dir) throws IOException {
        write(dir, "lib/shop/application.ex", APPLICATION);
        write(dir, "lib/shop/price_cache.ex", PRICE_CACHE);
        return dir;
    }

    static void write(Path dir, String file, String content) throws IOException {
        Path p = dir.resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
    }
}
