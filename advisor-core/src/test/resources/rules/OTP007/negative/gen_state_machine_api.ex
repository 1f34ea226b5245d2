defmodule MyApp.Turnstile do
  @moduledoc "A :gen_statem turnstile; other modules go through its own functions."
  @behaviour :gen_statem

  def start_link(_opts), do: :gen_statem.start_link({:local, __MODULE__}, __MODULE__, :locked, [])

  def coin, do: :gen_statem.cast(__MODULE__, :coin)
  def push, do: :gen_statem.call(__MODULE__, :push)

  def child_spec(opts), do: %{id: __MODULE__, start: {__MODULE__, :start_link, [opts]}}

  @impl true
  def callback_mode, do: :state_functions

  @impl true
  def init(state), do: {:ok, state, %{coins: 0}}

  def locked(:cast, :coin, data), do: {:next_state, :unlocked, %{data | coins: data.coins + 1}}
  def locked({:call, from}, :push, data), do: {:keep_state, data, [{:reply, from, :locked}]}
  def unlocked(:cast, :coin, data), do: {:keep_state, %{data | coins: data.coins + 1}}
  def unlocked({:call, from}, :push, data), do: {:next_state, :locked, data, [{:reply, from, :ok}]}
end

defmodule MyApp.Gate do
  def enter, do: MyApp.Turnstile.push()
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([MyApp.Turnstile], strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
