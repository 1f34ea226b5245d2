defmodule Kept.ClientServer do
  use GenServer
  require Logger

  def start_link(opts) do
    GenServer.start_link(__MODULE__, opts[:data], [])
  end

  def get_client(userid) do
    GenServer.call(via(userid), :get_client)
  end

  def merge_client(userid, partial) do
    GenServer.cast(via(userid), {:merge_client, partial})
  end

  @impl GenServer
  def handle_call(:get_client, _from, state) do
    {:reply, state.client, state}
  end

  # No function here sends it: Kept.Application.change_party/2 does (a message callers send themselves).
  def handle_call({:change_party, party_id}, _from, state) do
    {:reply, :ok, put_in(state.client.party_id, party_id)}
  end

  @impl GenServer
  def handle_cast({:merge_client, partial}, state) do
    new_client = Map.merge(state.client, partial)
    {:noreply, %{state | client: new_client}}
  end

  def handle_cast({:set_flag, flag}, state) when is_boolean(flag),
    do: {:noreply, put_in(state.client.flag, flag)}

  @impl GenServer
  def handle_info(:heartbeat, %{client: client} = state) do
    if client.pid != nil and not Process.alive?(client.pid) do
      Logger.info("client #{client.userid} gone")
      DynamicSupervisor.terminate_child(Kept.ClientSupervisor, self())
    end

    {:noreply, touch(state)}
  end

  def handle_info(_other, state), do: {:noreply, state}

  @impl GenServer
  def init(%{client: %{userid: userid}} = state) do
    :timer.send_interval(6_000, :heartbeat)
    Registry.register(Kept.ClientRegistry, userid, nil)
    {:ok, Map.put(state, :userid, userid)}
  end

  defp touch(state), do: Map.put(state, :seen_at, System.monotonic_time())

  defp via(userid), do: {:via, Registry, {Kept.ClientRegistry, userid}}
end
