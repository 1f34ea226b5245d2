defmodule MyApp.Payments.GatewayClientTest do
  use ExUnit.Case, async: false

  defmodule FakeGateway do
    use GenServer

    def start_link(_opts), do: GenServer.start_link(__MODULE__, [], name: __MODULE__)

    @impl true
    def init(calls), do: {:ok, calls}

    @impl true
    def handle_call({:charge, cents}, _from, calls), do: {:reply, {:ok, "ch_#{cents}"}, [cents | calls]}
    def handle_call(:calls, _from, calls), do: {:reply, Enum.reverse(calls), calls}
  end

  setup do
    start_supervised!(FakeGateway)
    :ok
  end

  test "charges go through the gateway" do
    assert {:ok, "ch_500"} = GenServer.call(FakeGateway, {:charge, 500})
    # Tests may talk to a named process directly: test files get test rules only.
    assert GenServer.call(FakeGateway, :calls) == [500]
  end
end
