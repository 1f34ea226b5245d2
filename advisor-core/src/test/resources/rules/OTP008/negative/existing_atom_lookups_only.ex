defmodule MyApp.Rooms do
  @moduledoc """
  Lookups alone through String.to_existing_atom: no atom is created, and the
  rooms are registered under literal names in the children list.
  """

  def call(room, msg), do: GenServer.call(String.to_existing_atom("room_" <> room), msg)

  def whereis(room), do: Process.whereis(String.to_existing_atom("room_" <> room))

  def logger_name(device_id), do: String.to_atom("log_" <> device_id)
end
