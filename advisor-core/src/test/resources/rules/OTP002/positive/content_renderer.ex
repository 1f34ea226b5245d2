defmodule MyApp.Content.Renderer do
  @moduledoc "Renders posts with the configured options; also computes slugs."
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)

  def render(markdown), do: GenServer.call(__MODULE__, {:render, markdown})
  def slug(title), do: GenServer.call(__MODULE__, {:slug, title})

  @impl true
  def init(opts), do: {:ok, %{markdown_opts: Keyword.get(opts, :markdown, []), rendered: 0}}

  @impl true
  def handle_call({:render, markdown}, _from, state) do
    html = MyApp.Markdown.to_html(markdown, state.markdown_opts)
    {:reply, html, %{state | rendered: state.rendered + 1}}
  end

  # The reply depends on the message only; the helpers are pure string code.
  def handle_call({:slug, title}, _from, state), do: {:reply, slugify(title), state} # expect: OTP002

  defp slugify(title) do
    title
    |> String.downcase()
    |> String.replace(~r/[^a-z0-9\s-]/, "")
    |> String.split()
    |> Enum.join("-")
  end
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{MyApp.Content.Renderer, markdown: [smartypants: true]}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
