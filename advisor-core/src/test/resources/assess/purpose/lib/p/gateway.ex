defmodule P.Gateway do
  # nostrum's Shard.Session: a gen_statem whose state functions open a gun websocket and hear from it. It owns that
  # connection: isolation, though it has no handle_info clause.
  @behaviour :gen_statem

  def start_link(url), do: :gen_statem.start_link(__MODULE__, url, [])

  def callback_mode, do: :state_functions

  def init(url), do: {:ok, :disconnected, %{url: url, conn: nil}, {:next_event, :internal, :connect}}

  def disconnected(:internal, :connect, data) do
    {:ok, conn} = :gun.open(String.to_charlist(data.url), 443, %{protocols: [:http]})
    {:next_state, :connecting, %{data | conn: conn}}
  end

  def connecting(:info, {:gun_up, conn, :http}, %{conn: conn} = data) do
    :gun.ws_upgrade(conn, "/gateway")
    {:next_state, :connected, data}
  end

  def connected(:info, {:gun_ws, _conn, _stream, frame}, data) do
    P.Dispatch.handle(frame)
    {:keep_state, data}
  end
end
