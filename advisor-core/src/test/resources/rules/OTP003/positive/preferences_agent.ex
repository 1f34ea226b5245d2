defmodule MyApp.Accounts.Preferences do
  @moduledoc "One Agent per signed-in user holding their UI preferences."
  use Agent # expect: OTP003

  def start_link(user_id) do
    Agent.start_link(fn -> %{} end, name: name(user_id))
  end

  def open(user_id) do
    case DynamicSupervisor.start_child(MyApp.PreferenceSupervisor, {__MODULE__, user_id}) do
      {:ok, _pid} -> :ok
      {:error, {:already_started, _pid}} -> :ok
    end
  end

  def get(user_id, key, default \\ nil), do: Agent.get(name(user_id), &Map.get(&1, key, default))
  def put(user_id, key, value), do: Agent.update(name(user_id), &Map.put(&1, key, value))

  defp name(user_id), do: {:via, Registry, {MyApp.PreferenceRegistry, user_id}}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: MyApp.PreferenceRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: MyApp.PreferenceSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
