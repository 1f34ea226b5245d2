children = [
  {Registry, keys: :unique, name: Reg},
  Worker
