defmodule Games.LobbyHelpers do
  @moduledoc "Test code: one test process at a time, no race to guard against."

  def lobby!(game_id) do
    case Registry.lookup(Games.Registry, game_id) do
      [{pid, _}] -> pid
      [] -> elem(DynamicSupervisor.start_child(Games.LobbySupervisor, {Games.LobbyServer, game_id}), 1)
    end
  end
end
