defmodule Inventory.LabelPrinter do
  @moduledoc "One connection to a label printer; a :poolboy pool hands them out to callers."
  use GenServer

  def start_link(args), do: GenServer.start_link(__MODULE__, args)

  def print(pid, label), do: GenServer.call(pid, {:print, label})

  @impl true
  def init(_args) do
    {:ok, socket} = :gen_tcp.connect(~c"printer.local", 9100, [:binary, active: false])
    {:ok, %{socket: socket, printed: 0}}
  end

  @impl true
  def handle_call({:print, label}, _from, %{socket: socket} = state) do
    :ok = :gen_tcp.send(socket, label)
    {:reply, :ok, %{state | printed: state.printed + 1}}
  end
end
