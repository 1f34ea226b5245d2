defmodule MyApp.Geo.Distance do
  @moduledoc """
  The refactoring of a Distance GenServer: plain functions. Every caller
  computes in its own process, in parallel, and a bad input crashes only the
  caller that sent it.
  """

  @earth_radius_km 6371.0

  def between({lat1, lon1}, {lat2, lon2}) do
    dlat = deg_to_rad(lat2 - lat1)
    dlon = deg_to_rad(lon2 - lon1)

    h =
      :math.pow(:math.sin(dlat / 2), 2) +
        :math.cos(deg_to_rad(lat1)) * :math.cos(deg_to_rad(lat2)) * :math.pow(:math.sin(dlon / 2), 2)

    2 * @earth_radius_km * :math.asin(:math.sqrt(h))
  end

  def to_miles(km), do: km * 0.621371

  defp deg_to_rad(deg), do: deg * :math.pi() / 180
end
