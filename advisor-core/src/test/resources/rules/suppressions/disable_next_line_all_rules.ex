defmodule MyAppWeb.HealthController do
  use MyAppWeb, :controller

  def ping(conn, _params) do
    # Two rules fire on the spawn line: OTP005 (unsupervised) and OTP009 (the
    # closure captures conn for one field). Without ids, the directive covers both.
    # otp-advisor:disable-next-line
    spawn(fn -> MyApp.Metrics.ping_from(conn.remote_ip) end)
    send_resp(conn, 200, "pong")
  end

  def pong(conn, _params) do
    spawn(fn -> MyApp.Metrics.pong_from(conn.remote_ip) end) # expect: OTP005 OTP009
    send_resp(conn, 200, "ping")
  end

  def selective(conn, _params) do
    # otp-advisor:disable-next-line OTP009
    spawn(fn -> MyApp.Metrics.ping_from(conn.remote_ip) end) # expect: OTP005
    send_resp(conn, 204, "")
  end
end
