defmodule MyApp.Maintenance do
  @moduledoc """
  A reviewed exception: the cleanup below is allowed to be fire-and-forget,
  so its OTP005 finding is suppressed. The second spawn is not.
  """

  def purge_tmp_files(dir) do
    # The node is shutting down; nobody could supervise this anyway.
    # otp-advisor:disable-next-line OTP005
    spawn(fn -> File.rm_rf!(dir) end)
    :ok
  end

  def purge_cache(keys) do
    spawn(fn -> Enum.each(keys, &MyApp.Cache.delete/1) end) # expect: OTP005
    :ok
  end

  def purge_both(dir, keys) do
    # Only the line right below is covered: the second spawn is still reported.
    # otp-advisor:disable-next-line OTP005
    spawn(fn -> File.rm_rf!(dir) end)
    spawn(fn -> Enum.each(keys, &MyApp.Cache.delete/1) end) # expect: OTP005
  end
end
