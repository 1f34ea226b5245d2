f = fn x, y end
