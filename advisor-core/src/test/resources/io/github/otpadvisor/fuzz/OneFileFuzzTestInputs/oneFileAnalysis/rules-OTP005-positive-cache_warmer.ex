defmodule MyApp.Catalog.Warmer do
  @moduledoc "Warms the product cache after a deploy, with hand-rolled processes."

  def warm_all(category_ids) do
    Enum.each(category_ids, fn id ->
      spawn_link(fn -> MyApp.Catalog.warm_category(id) end) # linked to the caller, supervised by nobody # expect: OTP005
    end)
  end

  def warm_in_background(category_ids) do
    {pid, _ref} = spawn_monitor(fn -> warm_all(category_ids) end) # expect: OTP005
    pid
  end

  def warm_with_priority(category_ids) do
    Process.spawn(fn -> warm_all(category_ids) end, [:link, {:priority, :low}]) # expect: OTP005
  end
end
