defmodule MyAppWeb.ArticleController do
  use MyAppWeb, :controller

  alias MyApp.{Analytics, Blog}

  def show(conn, %{"slug" => slug}) do
    article = Blog.get_article_by_slug!(slug)

    # Only two small terms are copied into the task.
    user_id = conn.assigns.current_user.id
    path = conn.request_path
    Task.Supervisor.start_child(MyApp.TaskSupervisor, fn -> Analytics.track_view(user_id, path) end)

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
