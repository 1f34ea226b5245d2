defmodule MyApp.Auth.OneTimeCodes do
  @moduledoc "The refactoring of the expiring-codes Agent: a GenServer owns the expiry timer."
  use GenServer

  @ttl_ms :timer.minutes(5)

  def start_link(_opts), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  def issue(email, code), do: GenServer.call(__MODULE__, {:issue, email, code})
  def verify(email, code), do: GenServer.call(__MODULE__, {:verify, email, code})

  @impl true
  def init(:ok), do: {:ok, %{}}

  @impl true
  def handle_call({:issue, email, code}, _from, codes) do
    Process.send_after(self(), {:expire, email, code}, @ttl_ms)
    {:reply, :ok, Map.put(codes, email, code)}
  end

  def handle_call({:verify, email, code}, _from, codes) do
    case Map.pop(codes, email) do
      {^code, rest} -> {:reply, :ok, rest}
      {_other, _rest} -> {:reply, {:error, :invalid}, codes}
    end
  end

  @impl true
  def handle_info({:expire, email, code}, codes) do
    {:noreply, if(codes[email] == code, do: Map.delete(codes, email), else: codes)}
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Auth.OneTimeCodes]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
