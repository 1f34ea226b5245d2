defmodule MyApp.Bots.Manager do
  @moduledoc """
  Starts one linked worker per bot and monitors it, without trapping exits (streampai's Discord BotManager): a
  worker's crash, or exit(pid, :shutdown) to stop one, reaches the manager through the link first and kills it, with
  every other worker it linked; the :DOWN clause only ever sees normal exits.
  """
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)
  def start_bot(id), do: GenServer.call(__MODULE__, {:start_bot, id})

  def init(state), do: {:ok, state}

  def handle_call({:start_bot, id}, _from, state) do
    {:ok, pid} = GenServer.start_link(MyApp.Bots.Worker, id) # expect: OTP005
    Process.monitor(pid)
    {:reply, :ok, Map.put(state, pid, id)}
  end

  def handle_info({:DOWN, _ref, :process, pid, _reason}, state), do: {:noreply, Map.delete(state, pid)}
end

defmodule MyApp.Bots.Worker do
  use GenServer
  def init(id), do: {:ok, id}
end
