def space?(c), do: c == ?\u{110000}
