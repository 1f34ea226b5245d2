defmodule MyApp.Stream do
  @moduledoc "A websocket per vehicle, named after the vehicle id; and a Kafka client per connection."
  use WebSockex

  def start_link(args) do
    state = %{vehicle_id: Keyword.fetch!(args, :vehicle_id), receiver: Keyword.fetch!(args, :receiver)}

    WebSockex.start_link("wss://streaming.example.com/", __MODULE__, state,
      name: :"stream_#{state.vehicle_id}", # expect: OTP008
      async: true
    )
  end

  @impl true
  def handle_frame({:text, msg}, state) do
    send(state.receiver, {:stream, msg})
    {:ok, state}
  end
end

defmodule MyApp.Kafka.Connections do
  @moduledoc "Starts one brod client per sink connection: brod registers the client under its id."

  def start(sink) do
    client_id = :"brod_client_#{sink.connection_id}" # expect: OTP008

    case :brod.start_client(sink.hosts, client_id, []) do
      :ok -> {:ok, client_id}
      {:error, {:already_started, pid}} -> {:ok, pid}
      {:error, reason} -> {:error, reason}
    end
  end
end
