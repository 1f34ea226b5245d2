defmodule MyAppWeb.UserSocket do
  @moduledoc "One session process per login, started when the socket connects: a reconnect storm starts them all at once."
  use Phoenix.Socket

  channel "user:*", MyAppWeb.UserChannel

  @impl true
  def connect(%{"token" => token}, socket, _connect_info) do
    with {:ok, user_id} <- Phoenix.Token.verify(socket, "user", token, max_age: 86_400),
         {:ok, _pid} <- MyApp.Sessions.open(user_id) do
      {:ok, assign(socket, :user_id, user_id)}
    else
      _ -> :error
    end
  end

  @impl true
  def id(socket), do: "user_socket:#{socket.assigns.user_id}"
end

defmodule MyApp.Sessions do
  @moduledoc "The context: finds or starts a user's session process."

  def open(user_id) do
    case start_session(user_id) do
      {:ok, pid} -> {:ok, pid}
      {:error, {:already_started, pid}} -> {:ok, pid}
      other -> other
    end
  end

  defp start_session(user_id) do
    spec = {MyApp.Sessions.Session, user_id: user_id}
    DynamicSupervisor.start_child(MyApp.SessionSupervisor, spec) # expect: OTP010
  end
end

defmodule MyApp.Sessions.Session do
  use GenServer, restart: :transient

  def start_link(opts) do
    user_id = Keyword.fetch!(opts, :user_id)
    GenServer.start_link(__MODULE__, user_id, name: {:via, Registry, {MyApp.SessionRegistry, user_id}})
  end

  @impl true
  def init(user_id), do: {:ok, %{user_id: user_id, seen: nil}, :timer.minutes(30)}

  @impl true
  def handle_cast({:seen, at}, state), do: {:noreply, %{state | seen: at}, :timer.minutes(30)}

  @impl true
  def handle_info(:timeout, state), do: {:stop, :normal, state}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.SessionRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.SessionSupervisor},
      MyAppWeb.Endpoint
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
