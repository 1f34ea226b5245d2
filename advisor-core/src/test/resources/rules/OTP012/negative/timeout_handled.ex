defmodule MyApp.TimeoutRetrier do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  @impl true
  def init(opts), do: {:ok, opts, 1_000}

  @impl true
  def handle_info(:timeout, state) do
    MyApp.Work.run(state)
    {:noreply, state, 1_000}
  end
end

defmodule MyApp.TimeoutHibernating do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  def get(pid), do: GenServer.call(pid, :get)

  @impl true
  def init(opts), do: {:ok, opts, :hibernate}

  @impl true
  def handle_call(:get, _from, state), do: {:reply, state, state, :infinity}

  @impl true
  def handle_info(_other, state), do: {:noreply, state}
end

defmodule MyApp.TimeoutCatchAll do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(opts), do: {:ok, opts, 5_000}

  @impl true
  def handle_info(_msg, state), do: {:noreply, state}
end
