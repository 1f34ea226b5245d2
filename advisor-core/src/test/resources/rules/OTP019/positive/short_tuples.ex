defmodule MyApp.Session do
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id)

  @impl true
  def init(id), do: {:ok, %{id: id, party: nil}, {:continue, :load}}

  @impl true
  def handle_continue(:load, state) do
    case MyApp.Store.load(state.id) do
      {:ok, data} -> {:noreply, Map.put(state, :data, data)}
      :error -> {:stop, :normal} # expect: OTP019
    end
  end

  @impl true
  def handle_call(:party, _from, %{party: nil} = state), do: {:reply, {:error, "not in party"}} # expect: OTP019

  def handle_call({:invite, other}, _from, state) do
    try do
      {:reply, GenServer.call(other, :invite, 2_000), state}
    catch
      :exit, {:timeout, _} -> {:reply, {:error, :timeout}} # expect: OTP019
    end
  end

  def handle_call(:connected?, _from, s), do: {:reply, s.connected?, s}

  @impl true
  def handle_cast(:leave, state) do
    MyApp.Store.save(state.id,
      state.data)
    {:stop, :normal} # expect: OTP019
  end
end
