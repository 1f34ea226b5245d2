defmodule MyAppWeb.SinkChannel do
  @moduledoc "Every join brings an id from the client: a burst of joins makes a burst of new atoms."
  use Phoenix.Channel

  def join("sink:" <> connection_id, _params, socket) do
    {:ok, _} = MyApp.Kafka.Connections.start(%{connection_id: connection_id, hosts: [localhost: 9092]})
    {:ok, socket}
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
