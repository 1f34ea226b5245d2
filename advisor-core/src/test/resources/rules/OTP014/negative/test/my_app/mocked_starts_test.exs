defmodule MyApp.Uploader do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts)

  @impl true
  def init(opts), do: {:ok, opts}
end

defmodule MyApp.Clustered do
  # Starts a peer node, not a process of the test.
  def start(opts), do: {:ok, Keyword.get(opts, :name, :peer)}
end

defmodule MyApp.MockedStartsTest do
  use ExUnit.Case
  import Mock

  defmodule FakeStorage do
    use GenServer

    def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

    def start(opts), do: GenServer.start(__MODULE__, opts)

    @impl true
    def init(opts), do: {:ok, opts}
  end

  test "the uploader is started once" do
    with_mock MyApp.Uploader, start_link: fn _ -> {:ok, self()} end do
      MyApp.Uploader.start_link([])
      assert_called MyApp.Uploader.start_link(:_)
    end
  end

  test "a peer node is not a process of the test" do
    assert {:ok, :peer} = MyApp.Clustered.start(name: :peer)
  end

  test "the application is started" do
    {:ok, _} = Application.ensure_all_started(:logger)
  end
end
