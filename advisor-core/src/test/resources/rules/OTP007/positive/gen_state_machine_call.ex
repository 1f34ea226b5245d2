defmodule MyApp.Door do
  @moduledoc "A door as a state machine; its API is open/0, but another module calls it directly."
  use GenStateMachine, callback_mode: :state_functions

  def start_link(_opts), do: GenStateMachine.start_link(__MODULE__, :locked, name: __MODULE__)

  def open, do: GenStateMachine.call(__MODULE__, :open)

  @impl true
  def init(state), do: {:ok, state, %{opened: 0}}

  def locked({:call, from}, :open, data), do: {:next_state, :opened, %{data | opened: data.opened + 1}, [{:reply, from, :ok}]}

  def opened({:call, from}, :open, data), do: {:keep_state, data, [{:reply, from, :already_open}]}
end

defmodule MyApp.Porter do
  def let_in, do: GenStateMachine.call(MyApp.Door, :open) # expect: OTP007
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([MyApp.Door], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
