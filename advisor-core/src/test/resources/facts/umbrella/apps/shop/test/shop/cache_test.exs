defmodule Shop.CacheTest do
  use ExUnit.Case

  test "stores values" do
    {:ok, _pid} = Shop.Cache.start_link([])
    Shop.Cache.put(:a, 1)
    assert Shop.Cache.get(:a) == 1
  end
end
