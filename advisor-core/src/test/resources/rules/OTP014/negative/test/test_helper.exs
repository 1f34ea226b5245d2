{:ok, _} = MyApp.TestServer.start_link([])
{:ok, _} = Registry.start_link(keys: :unique, name: MyApp.TestRegistry)
ExUnit.start()
