defmodule MyApp.Catalog do
  @moduledoc "Every task below is awaited: through pipes, by comprehension, by a helper, or by the caller."

  def price(sku) do
    Task.async(fn -> MyApp.Pricing.price(sku) end) |> Task.await()
  end

  def prices(skus) do
    skus
    |> Enum.map(&Task.async(fn -> MyApp.Pricing.price(&1) end))
    |> Task.await_many(10_000)
  end

  def stock(skus) do
    tasks = for sku <- skus, do: Task.async(fn -> MyApp.Stock.level(sku) end)

    tasks
    |> Task.yield_many(5_000)
    |> Enum.map(fn {_task, res} -> res end)
  end

  def details(sku) do
    task = Task.async(fn -> MyApp.Reviews.for_sku(sku) end)
    product = MyApp.Products.get!(sku)
    %{product: product, reviews: collect(task)}
  end

  defp collect(task) do
    case Task.yield(task, 2_000) || Task.shutdown(task) do
      {:ok, reviews} -> reviews
      _ -> []
    end
  end

  def page(sku) do
    reviews = start_reviews(sku)
    product = MyApp.Products.get!(sku)
    {product, Task.await(reviews)}
  end

  defp start_reviews(sku) do
    if MyApp.Reviews.enabled?() do
      Task.async(fn -> MyApp.Reviews.for_sku(sku) end)
    end
  end
end
