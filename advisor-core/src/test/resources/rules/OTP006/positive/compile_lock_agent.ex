defmodule MyApp.Functions.Compiler do
  @moduledoc """
  sequin's Functions.MiniElixir shape: an Agent with a constant state used as a lock, whose
  get_and_update compiles code and rescues its errors inside the Agent process.
  """
  use Agent # expect: OTP006

  def start_link(_opts), do: Agent.start_link(fn -> :no_state end, name: __MODULE__)

  def ensure_loaded(id) do
    if !loaded?(id) do
      __MODULE__
      |> Agent.get_and_update(fn state ->
        try do
          recreate(id)
          {:ok, state}
        rescue
          e -> {{:error, e}, state}
        end
      end)
      |> case do
        :ok -> :ok
        {:error, ex} -> raise ex
      end
    end
  end

  defp loaded?(id), do: function_exported?(Module.concat(MyApp.Compiled, id), :run, 1)
  defp recreate(id), do: Code.compile_string("defmodule MyApp.Compiled.M#{id} do def run(x), do: x end")
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([MyApp.Functions.Compiler], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
