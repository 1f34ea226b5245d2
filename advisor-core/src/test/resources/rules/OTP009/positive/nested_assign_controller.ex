defmodule MyAppWeb.MessageEventController do
  @moduledoc """
  Glific's Maytapi MessageEventController shape: the task reads one assign, conn.assigns.organization_id,
  and copies the whole conn (params, headers, body) for it.
  """
  use MyAppWeb, :controller

  def handler(conn, params) do
    Task.Supervisor.start_child(MyApp.TaskSupervisor, fn -> # expect: OTP009
      MyApp.Repo.put_process_state(conn.assigns.organization_id)
      MyApp.Communications.update_statuses(params, conn.assigns.organization_id)
    end)

    json(conn, nil)
  end
end
