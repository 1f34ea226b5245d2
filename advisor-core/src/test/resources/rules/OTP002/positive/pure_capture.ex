defmodule MyApp.Units do
  @moduledoc "Converts measurements; the conversion helper is passed as a capture and is pure."
  use GenServer

  def start_link(_opts), do: GenServer.start_link(__MODULE__, %{count: 0}, name: __MODULE__)

  def to_metres(feet_list), do: GenServer.call(__MODULE__, {:to_metres, feet_list})
  def count, do: GenServer.call(__MODULE__, :count)

  @impl true
  def init(state), do: {:ok, state}

  @impl true
  def handle_call({:to_metres, feet_list}, _from, state) do # expect: OTP002
    {:reply, Enum.map(feet_list, &feet_to_metres/1), state}
  end

  def handle_call(:count, _from, state), do: {:reply, state.count, %{state | count: state.count + 1}}

  defp feet_to_metres(feet), do: feet * 0.3048
end
