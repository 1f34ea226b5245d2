defmodule Inventory.Door do
  @moduledoc "The warehouse door: locked, or open until a minute of no badge."
  @behaviour :gen_statem

  def start_link(_opts), do: :gen_statem.start_link({:local, __MODULE__}, __MODULE__, :ok, [])

  def child_spec(opts), do: %{id: __MODULE__, start: {__MODULE__, :start_link, [opts]}}

  def badge, do: :gen_statem.call(__MODULE__, :badge)

  @impl true
  def callback_mode, do: :state_functions

  @impl true
  def init(:ok) do
    Process.send_after(self(), :audit, :timer.hours(1))
    {:ok, :locked, %{opened: 0}}
  end

  def locked({:call, from}, :badge, data) do
    {:next_state, :open, %{data | opened: data.opened + 1}, [{:reply, from, :ok}, {:state_timeout, 60_000, :lock}]}
  end

  def locked(:info, :audit, data), do: {:keep_state, data}

  def open(:state_timeout, :lock, data), do: {:next_state, :locked, data}
  def open({:call, from}, :badge, data), do: {:keep_state, data, [{:reply, from, :ok}]}
  def open(:info, :audit, data), do: {:keep_state, data}
end
