defmodule MyApp.Geo.CountryCache do
  @moduledoc "VAT rates by ISO country code, registered under its module name."
  use GenServer # expect: OTP004

  def start_link(countries) do
    GenServer.start_link(MyApp.Geo.CountryCache, countries, name: MyApp.Geo.CountryCache)
  end

  def all, do: GenServer.call(MyApp.Geo.CountryCache, :all)
  def vat_rate(code), do: GenServer.call(MyApp.Geo.CountryCache, {:vat_rate, code})
  def set_vat_rate(code, rate), do: GenServer.cast(MyApp.Geo.CountryCache, {:set_vat_rate, code, rate})
  def replace(countries), do: GenServer.cast(MyApp.Geo.CountryCache, {:replace, countries})

  @impl true
  def init(countries), do: {:ok, countries}

  @impl true
  def handle_call(:all, _from, countries), do: {:reply, countries, countries}
  def handle_call({:vat_rate, code}, _from, countries), do: {:reply, Map.fetch(countries, code), countries}

  @impl true
  def handle_cast({:set_vat_rate, code, rate}, countries) do
    {:noreply, Map.update(countries, code, rate, fn _old -> rate end)}
  end

  def handle_cast({:replace, new_countries}, _countries), do: {:noreply, new_countries}
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [{MyApp.Geo.CountryCache, %{"DE" => 19, "FR" => 20}}]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
