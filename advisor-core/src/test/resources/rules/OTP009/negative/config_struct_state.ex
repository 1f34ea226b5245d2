defmodule MyApp.Queues do
  @moduledoc """
  Oban.Queues shape: the state is a three-field struct whose bulk is the config the task reads; the
  fields left unread (a monitor ref, the list of queue options given at start) never grow.
  """
  use GenServer

  defstruct [:conf, :notifier_ref, queues: []]

  def start_link(opts), do: GenServer.start_link(__MODULE__, struct!(__MODULE__, opts), name: __MODULE__)

  @impl true
  def init(state) do
    state.queues
    |> Task.async_stream(fn opts -> {:ok, _} = MyApp.Queues.Foreman.start_queue(state.conf, opts) end)
    |> Stream.run()

    {:ok, state}
  end

  @impl true
  def handle_info({:DOWN, ref, :process, _pid, _reason}, %__MODULE__{notifier_ref: ref} = state) do
    {:noreply, %{state | notifier_ref: nil}}
  end

  def handle_info(_msg, state), do: {:noreply, state}
end
