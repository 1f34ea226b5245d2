defmodule P.Publisher do
  @moduledoc "Holds the publish function the broker hands out when this process registers (astarte's VMQ plugin)."
  use GenServer

  def start_link(mfa), do: GenServer.start_link(__MODULE__, mfa, name: __MODULE__)
  def publish(topic, payload), do: GenServer.call(__MODULE__, {:publish, topic, payload})

  @impl true
  def init({module, fun, args}) do
    {register_fun, publish_fun} = apply(module, fun, args)
    :ok = register_fun.()
    {:ok, %{publish_fun: publish_fun}}
  end

  @impl true
  def handle_call({:publish, topic, payload}, _from, %{publish_fun: publish_fun} = state) do
    {:reply, publish_fun.(topic, payload), state}
  end
end
