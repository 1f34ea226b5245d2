defmodule MyApp.Events.Seats do
  @moduledoc """
  Seat reservations. The business rules run inside get_and_update, i.e. inside
  the Agent process: a server written as an anonymous function.
  """
  use Agent # expect: OTP006

  def start_link(capacity), do: Agent.start_link(fn -> %{capacity: capacity, held: %{}} end, name: __MODULE__)

  def reserve(user_id, count) do
    Agent.get_and_update(__MODULE__, fn %{capacity: capacity, held: held} = state ->
      taken = held |> Map.values() |> Enum.sum()
      already = Map.get(held, user_id, 0)

      cond do
        count <= 0 -> {{:error, :invalid_count}, state}
        already + count > 4 -> {{:error, :per_user_limit}, state}
        taken + count > capacity -> {{:error, :sold_out, capacity - taken}, state}
        true -> {{:ok, capacity - taken - count}, %{state | held: Map.put(held, user_id, already + count)}}
      end
    end)
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{MyApp.Events.Seats, 500}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
