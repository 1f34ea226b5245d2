defmodule MyAppWeb.ArticleController do
  use MyAppWeb, :controller

  alias MyApp.{Analytics, Blog}

  def show(conn, %{"slug" => slug}) do
    article = Blog.get_article_by_slug!(slug)

    # The closure captures the whole conn (params, assigns, headers, maybe a
    # body) and copies it to the task's heap, for two small fields.
    Task.Supervisor.start_child(MyApp.TaskSupervisor, fn -> # expect: OTP009
      Analytics.track_view(conn.assigns.current_user.id, conn.request_path)
    end)

    render(conn, :show, article: article)
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{Task.Supervisor, name: MyApp.TaskSupervisor}, MyAppWeb.Endpoint]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
