defmodule Data.Bits do
  def parse(<<version::8, flags::size(8), length::16-big-unsigned, payload::binary-size(length), rest::bits>>) do
    {version, flags, payload, rest}
  end

  def header(<<a::size(8), b::binary-size(4), c::utf8, rest::bitstring>>), do: {a, b, c, rest}

  def specs(x, y, bin) do
    [
      <<x>>,
      <<x, y>>,
      <<x::integer>>,
      <<x::float-64>>,
      <<x::32-little-signed-integer>>,
      <<x::size(4)-unit(8)>>,
      <<x::utf16-big, y::utf32>>,
      <<bin::binary, "suffix">>,
      <<"prefix", bin::bytes>>,
      <<"é"::utf8>>,
      <<x::native-size(32)>>,
      <<x::size(y)>>,
      <<x::_*8>>,
      <<>>,
      <<1, 2, 3>>,
      << x :: 8 >>,
      << <<x>>::binary >>,
      <<bin::binary-size(byte_size(bin) - 1), ?!>>
    ]
  end

  def matching(packet) do
    case packet do
      <<0x01, len::unsigned-integer-size(16), data::binary-size(len)>> -> {:short, data}
      <<0x02, _::binary>> -> :long
      <<c::utf8, _::binary>> when c in ?a..?z -> :lower
      _ -> :unknown
    end
  end

  def comprehension(bin), do: for(<<r::8, g::8, b::8 <- bin>>, do: {r, g, b})

  def with_var_size(size, <<data::binary-size(size), _::binary>>), do: data
end
