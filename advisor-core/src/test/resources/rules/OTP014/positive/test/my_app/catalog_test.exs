defmodule MyApp.Catalog do
  use Agent

  def start_link(items), do: Agent.start_link(fn -> items end, name: __MODULE__)

  def all, do: Agent.get(__MODULE__, & &1)
end

defmodule MyApp.CatalogTest do
  use ExUnit.Case

  setup_all do
    {:ok, _} = MyApp.Catalog.start_link([:apple, :pear]) # expect: OTP014
    :ok
  end

  setup :start_catalog_copy

  test "lists the items" do
    assert MyApp.Catalog.all() == [:apple, :pear]
  end

  test "a supervisor for the catalog" do
    children = [{MyApp.Catalog, [:fig]}]
    {:ok, _sup} = Supervisor.start_link(children, strategy: :one_for_one) # expect: OTP014
    assert MyApp.Catalog.all() == [:fig]
  end

  defp start_catalog_copy(_context) do
    {:ok, pid} = Agent.start_link(fn -> [:plum] end) # expect: OTP014
    %{copy: pid}
  end
end
