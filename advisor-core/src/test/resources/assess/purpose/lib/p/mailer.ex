defmodule P.Mailer do
  @moduledoc "Sends each mail off the caller's path."
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def deliver(mail), do: GenServer.cast(__MODULE__, {:deliver, mail})

  @impl true
  def init(:ok), do: {:ok, nil}

  @impl true
  def handle_cast({:deliver, mail}, state) do
    P.Repo.insert!(mail)
    {:noreply, state}
  end
end
