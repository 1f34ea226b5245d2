defmodule MyApp.Import.FakeApi do
  @moduledoc "Replays recorded API answers; its name comes from the caller's options."
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: Keyword.fetch!(opts, :name))

  def get_vehicle(name), do: GenServer.call(name, :get_vehicle)

  @impl true
  def init(opts), do: {:ok, %{events: Keyword.fetch!(opts, :events)}}

  @impl true
  def handle_call(:get_vehicle, _from, %{events: [e | rest]} = state), do: {:reply, e, %{state | events: rest}}
end

defmodule MyApp.Import do
  @moduledoc "One import per car: the caller builds the name from the car's name, a database value."
  alias MyApp.Import.FakeApi

  def start_import(car, events) do
    api_name = :"api_#{car.name}" # expect: OTP008
    {:ok, _api} = FakeApi.start_link(name: api_name, events: events)
    {:ok, _worker} = MyApp.Import.Worker.start_link(name: String.to_atom("import_" <> car.vin), api: api_name) # expect: OTP008
  end
end

defmodule MyApp.Import.Worker do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: opts[:name])

  @impl true
  def init(opts), do: {:ok, %{api: Keyword.fetch!(opts, :api), done: 0}}

  @impl true
  def handle_cast(:step, state), do: {:noreply, %{state | done: state.done + 1}}
end
