defmodule Billing.Accounts do
  @moduledoc "Any {:error, reason} is passed on: the loser of the race reports an error for a running process."
  require Logger

  def ledger(account_id) do
    case Registry.lookup(Billing.LedgerRegistry, account_id) do
      [{pid, _}] ->
        {:ok, pid}

      [] ->
        case DynamicSupervisor.start_child(Billing.LedgerSupervisor, {Billing.Ledger, account_id}) do # expect: OTP011
          {:ok, pid} ->
            {:ok, pid}

          {:error, reason} ->
            Logger.error("could not start ledger #{account_id}: #{inspect(reason)}")
            {:error, reason}
        end
    end
  end
end

defmodule Billing.Ledger do
  use GenServer

  def start_link(account_id) do
    GenServer.start_link(__MODULE__, account_id, name: {:via, Registry, {Billing.LedgerRegistry, account_id}})
  end

  def post(pid, entry), do: GenServer.call(pid, {:post, entry})

  @impl true
  def init(account_id), do: {:ok, %{account: account_id, balance: 0}, {:continue, :load}}

  @impl true
  def handle_continue(:load, state), do: {:noreply, %{state | balance: Billing.Repo.balance(state.account)}}

  @impl true
  def handle_call({:post, entry}, _from, state) do
    :ok = Billing.Repo.insert_entry(state.account, entry)
    balance = state.balance + entry.amount
    {:reply, {:ok, balance}, %{state | balance: balance}}
  end
end

defmodule Billing.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [
      {Registry, keys: :unique, name: Billing.LedgerRegistry},
      {DynamicSupervisor, strategy: :one_for_one, name: Billing.LedgerSupervisor}
    ]

    Supervisor.start_link(children, strategy: :one_for_one, name: Billing.Supervisor)
  end
end
