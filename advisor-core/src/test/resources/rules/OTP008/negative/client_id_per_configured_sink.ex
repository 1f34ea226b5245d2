defmodule MyApp.Kafka.Connections do
  @moduledoc "One brod client per configured sink, started from the sinks in the database at boot: brod needs an atom, and the set is bounded by the configured sinks."

  def start(sink) do
    client_id = :"brod_client_#{sink.connection_id}"

    case :brod.start_client(sink.hosts, client_id, []) do
      :ok -> {:ok, client_id}
      {:error, {:already_started, pid}} -> {:ok, pid}
      {:error, reason} -> {:error, reason}
    end
  end
end

defmodule MyApp.Kafka.Starter do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)

  @impl true
  def init(:ok) do
    for sink <- MyApp.Sinks.list_kafka_sinks(), do: MyApp.Kafka.Connections.start(sink)
    {:ok, %{}}
  end
end
