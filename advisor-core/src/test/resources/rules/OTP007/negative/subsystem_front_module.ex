defmodule LanguageTool do
  @moduledoc """
  The public module of a vendored subsystem (accent's LanguageTool): the only module that talks to
  LanguageTool.Server, so the server's protocol is already kept in one place.
  """
  def check(lang, text), do: GenServer.call(LanguageTool.Server, {:check, lang, text}, :infinity)
  def ready?, do: LanguageTool.Server.ready?()
end

defmodule LanguageTool.Server do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
  def ready?, do: GenServer.call(__MODULE__, :ready?)

  @impl true
  def init(opts), do: {:ok, %{opts: opts, ready: false, checks: 0}}

  @impl true
  def handle_call(:ready?, _from, state), do: {:reply, state.ready, state}

  def handle_call({:check, lang, text}, _from, state) do
    result = {lang, String.length(text)}
    {:reply, result, %{state | checks: state.checks + 1}}
  end
end

defmodule LanguageTool.Application do
  use Application

  @impl true
  def start(_type, _args) do
    Supervisor.start_link([LanguageTool.Server], strategy: :one_for_one, name: LanguageTool.Supervisor)
  end
end
