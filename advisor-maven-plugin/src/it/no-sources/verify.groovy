def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects/).findAll { it.contains('BUILD') }
assert runs.size() == 2
def (warned, failed) = runs
assert warned.contains("[WARNING] OTP Advisor: includes pattern 'apps/**' matches no Elixir file below .")
assert warned.contains('[WARNING] OTP Advisor: the includes and excludes select none of the 2 Elixir files below .: nothing analyzed, no report written')
assert warned.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/otp-advisor').exists()
assert failed.contains('OTP Advisor: no Elixir file to analyze (failOnNoSources is true)')
assert failed.contains('BUILD FAILURE')
