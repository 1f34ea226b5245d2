defmodule P.Consumer do
  @moduledoc "Starts a Kafka consumer for its handler (rig's KafkaConsumerSetup), then idles."
  use GenServer

  def start_link(opts \\ []) do
    {:ok, _client} = P.Kafka.start(%{topics: ["events"]}, &__MODULE__.handle/2)
    GenServer.start_link(__MODULE__, :ok, Keyword.merge([name: __MODULE__], opts))
  end

  def handle(body, _headers), do: {:ok, body}

  @impl true
  def init(state), do: {:ok, state}
end
