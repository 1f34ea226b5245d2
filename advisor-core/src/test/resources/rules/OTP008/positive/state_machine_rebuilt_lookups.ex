defmodule MyApp.Vehicles.Vehicle do
  @moduledoc """
  A state machine per car, registered under an atom of the car id; every API
  function rebuilds that atom to reach it (reported once, at the registration).
  """
  use GenStateMachine

  def start_link(opts) do
    GenStateMachine.start_link(__MODULE__, opts,
      name: Keyword.get_lazy(opts, :name, fn -> :"#{Keyword.fetch!(opts, :car).id}" end) # expect: OTP008
    )
  end

  def summary(car_id), do: GenStateMachine.call(:"#{car_id}", :summary)

  def busy?(car_id), do: GenStateMachine.call(:"#{car_id}", :busy?)

  @impl true
  def init(opts), do: {:ok, :start, %{car: Keyword.fetch!(opts, :car)}}

  @impl true
  def handle_event({:call, from}, :summary, state, data), do: {:keep_state_and_data, {:reply, from, {state, data.car}}}
  def handle_event({:call, from}, :busy?, state, _data), do: {:keep_state_and_data, {:reply, from, state != :asleep}}
end

defmodule MyApp.Vehicles do
  @moduledoc "A car added at runtime gets its state machine then: the atoms grow with the cars."
  def add_car(car) do
    DynamicSupervisor.start_child(MyApp.Vehicles.Supervisor, {MyApp.Vehicles.Vehicle, car: car})
  end
end
