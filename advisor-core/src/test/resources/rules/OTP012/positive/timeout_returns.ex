defmodule MyApp.TimeoutStarter do
  use GenServer

  @retry_interval 10_000

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(opts), do: {:ok, opts, {:continue, :start}}

  @impl true
  def handle_continue(:start, state) do
    case MyApp.Tenants.start_all() do
      :ok -> {:stop, :normal, state}
      {:error, _} -> {:noreply, state, @retry_interval} # expect: OTP012
    end
  end
end

defmodule MyApp.TimeoutIdleSession do
  use GenServer

  def start_link(id), do: GenServer.start_link(__MODULE__, id)

  def touch(pid), do: GenServer.call(pid, :touch)

  @impl true
  def init(id), do: {:ok, %{id: id}, 30_000} # expect: OTP012

  @impl true
  def handle_call(:touch, _from, state), do: {:reply, :ok, state, 30_000}

  @impl true
  def handle_info(:flush, state), do: {:noreply, state}
end
