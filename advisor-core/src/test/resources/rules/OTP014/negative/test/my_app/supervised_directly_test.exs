defmodule MyApp.Ledger do
  use Agent

  def start_link(entries), do: Agent.start_link(fn -> entries end)
end

defmodule MyApp.LedgerTest do
  use ExUnit.Case, async: true

  # The test's subject is that the Ledger's child spec starts under a Supervisor.
  test "can be supervised directly" do
    assert {:ok, _} = Supervisor.start_link([{MyApp.Ledger, []}], strategy: :one_for_one)
  end
end

defmodule AgentTest do
  use ExUnit.Case, async: true

  test "can be supervised directly" do
    children = [{Agent, fn -> :ok end}]
    assert {:ok, _} = Supervisor.start_link(children, strategy: :one_for_one)
  end
end
