def f(x) do
  g(x]
end
