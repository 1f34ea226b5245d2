defmodule MyApp.Mailer.Async do
  @moduledoc """
  Broken directives: they are reported as malformed and suppress nothing, so
  the spawn below each one is still reported.
  """

  def deliver_later(to, subject) do
    # otp-advisor:disable-nxt-line OTP005 # expect-suppression: malformed
    spawn(fn -> MyApp.Mailer.deliver(to, subject) end) # expect: OTP005
  end

  def deliver_digest(to) do
    # otp-advisor:disable-next-line OTP999 # expect-suppression: malformed
    spawn(fn -> MyApp.Mailer.digest(to) end) # expect: OTP005
  end

  def deliver_reminder(to) do
    # otp-advisor:disable-next-line otp005 # expect-suppression: malformed
    spawn(fn -> MyApp.Mailer.reminder(to) end) # expect: OTP005
  end

  def deliver_receipt(to) do
    # An ordinary comment that mentions otp-advisor is not a directive.
    spawn(fn -> MyApp.Mailer.receipt(to) end) # expect: OTP005
  end
end
