if x do
  (1 + 2
end
