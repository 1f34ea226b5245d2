# otp-advisor:disable-for-this-file OTP008 # expect-suppression: unused
defmodule MyApp.Orders.Totals do
  @moduledoc """
  Plain functions, no findings: every directive in this file is stale and is
  reported as unused, so that it gets cleaned up.
  """

  # otp-advisor:disable-next-line OTP004 # expect-suppression: unused
  def subtotal(lines), do: Enum.reduce(lines, 0, &(&1.unit_cents * &1.quantity + &2))

  # otp-advisor:disable-next-line # expect-suppression: unused
  def tax(subtotal, rate), do: div(subtotal * rate, 100)

  def total(lines, rate) do
    subtotal = subtotal(lines)
    # A directive covers only the line right below it, and that line starts
    # no process: nothing to silence.
    # otp-advisor:disable-next-line OTP005 # expect-suppression: unused
    subtotal + tax(subtotal, rate)
  end
end
