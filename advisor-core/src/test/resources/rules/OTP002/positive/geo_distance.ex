defmodule MyApp.Geo.Distance do
  @moduledoc "Great-circle distances, computed inside a process for no runtime reason."
  use GenServer # expect: OTP001

  @earth_radius_km 6371.0

  def start_link(_opts), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)

  def between(a, b), do: GenServer.call(__MODULE__, {:between, a, b})
  def to_miles(km), do: GenServer.call(__MODULE__, {:to_miles, km})

  @impl true
  def init(nil), do: {:ok, nil}

  @impl true
  def handle_call({:between, {lat1, lon1}, {lat2, lon2}}, _from, state) do # expect: OTP002
    dlat = deg_to_rad(lat2 - lat1)
    dlon = deg_to_rad(lon2 - lon1)
    h = :math.pow(:math.sin(dlat / 2), 2) +
          :math.cos(deg_to_rad(lat1)) * :math.cos(deg_to_rad(lat2)) * :math.pow(:math.sin(dlon / 2), 2)
    {:reply, 2 * @earth_radius_km * :math.asin(:math.sqrt(h)), state}
  end

  def handle_call({:to_miles, km}, _from, state), do: {:reply, km * 0.621371, state} # expect: OTP002

  defp deg_to_rad(deg), do: deg * :math.pi() / 180
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Geo.Distance]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
