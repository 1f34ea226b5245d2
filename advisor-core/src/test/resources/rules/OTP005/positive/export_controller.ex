defmodule MyAppWeb.ExportController do
  use MyAppWeb, :controller

  alias MyApp.Exports

  def create(conn, %{"report" => report}) do
    user_id = conn.assigns.current_user.id

    # Fire-and-forget: the export dies silently if it crashes, and a deploy
    # kills it half-way through.
    {:ok, _pid} = Task.start(fn -> Exports.build_and_mail(report, user_id) end) # expect: OTP005

    conn
    |> put_flash(:info, "Your export is on its way.")
    |> redirect(to: ~p"/reports")
  end

  def warm(conn, _params) do
    Task.async(fn -> Exports.warm_templates() end) # result never awaited # expect: OTP005
    send_resp(conn, 202, "")
  end
end
