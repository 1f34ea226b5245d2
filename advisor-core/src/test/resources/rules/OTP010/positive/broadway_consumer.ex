defmodule MyApp.Pipeline do
  @moduledoc "Each message belongs to a device; the device's tracker is started on first sight, at queue speed."
  use Broadway

  alias Broadway.Message

  def start_link(_opts) do
    Broadway.start_link(__MODULE__, name: __MODULE__, producer: [module: {BroadwayRabbitMQ.Producer, queue: "events"}])
  end

  @impl true
  def handle_message(_processor, %Message{data: data} = message, _context) do
    %{"device_id" => device_id} = Jason.decode!(data)
    MyApp.Devices.track(device_id)
    message
  end
end

defmodule MyApp.Devices do
  def track(device_id) do
    DynamicSupervisor.start_child(MyApp.Devices.Supervisor, {MyApp.Devices.Tracker, device_id}) # expect: OTP010
  end
end

defmodule MyApp.Devices.Supervisor do
  use DynamicSupervisor

  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(_arg), do: DynamicSupervisor.init(strategy: :one_for_one)
end

defmodule MyApp.Application do
  use Application

  @impl true
  def start(_type, _args) do
    children = [MyApp.Devices.Supervisor, MyApp.Pipeline]
    Supervisor.start_link(children, strategy: :one_for_one, name: MyApp.Supervisor)
  end
end
