defmodule P.Receiver do
  @moduledoc "Reads length-prefixed frames from the socket it is given, until the peer goes away."
  use Task, restart: :permanent

  def start_link(args), do: Task.start_link(__MODULE__, :run, args)

  def run(socket, owner) do
    loop(socket, owner)
  end

  defp loop(socket, owner) do
    with {:ok, <<len::32>>} <- :gen_tcp.recv(socket, 4, 120_000),
         {:ok, frame} <- :gen_tcp.recv(socket, len, 120_000) do
      P.Frames.handle(owner, frame)
      loop(socket, owner)
    end
  end
end
