defmodule Shop.Templates do
  defmacro __using__(_opts) do
    quote do
      defmodule Generated do
        use GenServer
        def init(x), do: {:ok, x}
      end

      def start, do: GenServer.start(__MODULE__, [])
    end
  end

  def build do
    quote do
      spawn(fn -> :ok end)
    end
  end
end
