defmodule MyApp.Stream do
  @moduledoc "A websocket per vehicle, named after the vehicle id."
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
