defmodule MyApp.TableTest do
  use ExUnit.Case, async: true

  test "a table in a throwaway process" do
    parent = self()

    spawn(fn ->
      table = :ets.new(:scratch, [:set, :public])
      send(parent, {:table, table})
    end)

    assert_receive {:table, _table}
  end
end
