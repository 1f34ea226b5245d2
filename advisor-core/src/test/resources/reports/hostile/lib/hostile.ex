# Module names are user input: atoms can hold markup, pipes, backticks, newlines and path tricks.
defmodule :"<script>alert('x')</script>|`pipe`\n# Heading" do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, nil, name: __MODULE__)

  def add(a, b), do: GenServer.call(__MODULE__, {:add, a, b})

  @impl true
  def init(nil), do: {:ok, nil}

  @impl true
  def handle_call({:add, a, b}, _from, state), do: {:reply, a + b, state}
end

defmodule :"../../../escape" do
  use Agent

  def start_link(_), do: Agent.start_link(fn -> %{} end, name: __MODULE__)
  def get(k), do: Agent.get(__MODULE__, &Map.get(&1, k))
  def put(k, v), do: Agent.update(__MODULE__, &Map.put(&1, k, v))
end

defmodule :"CON" do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, nil)

  @impl true
  def init(nil), do: {:ok, nil}
end

defmodule :"con" do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, nil)

  @impl true
  def init(nil), do: {:ok, nil}
end

defmodule :"javascript:alert(1)//" do
  use GenServer

  def start_link(_), do: GenServer.start_link(__MODULE__, nil)

  @impl true
  def init(nil), do: {:ok, nil}
end

defmodule :"Hostile.Sup]]>&amp;" do
  use Supervisor

  def start_link(_), do: Supervisor.start_link(__MODULE__, nil, name: __MODULE__)

  @impl true
  def init(nil) do
    children = [:"<script>alert('x')</script>|`pipe`\n# Heading", :"../../../escape", :"CON"]
    Supervisor.init(children, strategy: :one_for_one)
  end
end
