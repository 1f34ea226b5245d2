defmodule P.Application do
  use Application

  def start(_type, _args) do
    children = [P.Migrator, P.BootMigration, P.BootTasks, P.Console, P.Conn, P.Table, P.TableOwner, {P.Receiver, [:socket, :owner]}, P.Settings, {P.Publisher, {P.Broker, :plugin, []}}, P.Mailer, {P.Ledger, "ledger.log"}, P.Remote, P.Commander, P.Guard, P.Registrar, P.Crud, P.Sessions, P.Tracer, P.Consumer, P.DevReloader]
    Supervisor.start_link(children, strategy: :one_for_one, name: P.Supervisor)
  end
end
