defmodule Billing.Ledger do
  def start_link(_) do
    Agent.start_link(fn -> %{} end, name: __MODULE__)
  end

  def child_spec(arg), do: %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}}

  def balance(account), do: Agent.get(__MODULE__, &Map.get(&1, account, 0))

  def charge(account, amount) do
    Agent.get_and_update(__MODULE__, fn state ->
      balance = Map.get(state, account, 0)

      if balance >= amount do
        {:ok, Map.put(state, account, balance - amount)}
      else
        {{:error, :insufficient}, state}
      end
    end)
  end
end
