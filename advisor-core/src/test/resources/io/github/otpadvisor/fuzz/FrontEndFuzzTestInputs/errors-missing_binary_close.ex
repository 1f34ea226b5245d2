def parse(<<a::8, rest::binary), do: {a, rest}
