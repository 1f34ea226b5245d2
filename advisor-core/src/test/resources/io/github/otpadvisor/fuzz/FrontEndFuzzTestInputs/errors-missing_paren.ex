defmodule Broken.Paren do
  def start do
    GenServer.start_link(__MODULE__, [], name: __MODULE__
  end
end
