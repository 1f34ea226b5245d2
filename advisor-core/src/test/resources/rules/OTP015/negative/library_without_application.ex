defmodule RateLimiter.Bucket do
  @moduledoc """
  A library's process module: the library has no Application of its own, the applications that depend on
  it list {RateLimiter.Bucket, opts} in their trees.
  """
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: Keyword.get(opts, :name, __MODULE__))

  def take(server \\ __MODULE__), do: GenServer.call(server, :take)

  @impl true
  def init(opts) do
    :timer.send_interval(Keyword.get(opts, :refill_ms, 1_000), :refill)
    {:ok, %{size: Keyword.fetch!(opts, :size), tokens: Keyword.fetch!(opts, :size)}}
  end

  @impl true
  def handle_call(:take, _from, %{tokens: 0} = state), do: {:reply, {:error, :empty}, state}
  def handle_call(:take, _from, state), do: {:reply, :ok, %{state | tokens: state.tokens - 1}}

  @impl true
  def handle_info(:refill, state), do: {:noreply, %{state | tokens: state.size}}
end
