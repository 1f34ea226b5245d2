// build.log holds the three invocations in turn, each starting with "Scanning for projects".
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects/).findAll { it.contains('BUILD') }
assert runs.size() == 3
def (analyze, baseline, verify) = runs

// Not one run at the top: every module, each with a line saying which.
assert analyze.contains('[INFO] OTP Advisor: elixir (elixir/)')
assert analyze =~ /(?m)^\[ERROR\] elixir\/lib\/shop\/price_cache\.ex:3:3: \[OTP004\] / // relative to the repository root
assert analyze.contains('[INFO] OTP Advisor: java (java/)')
assert analyze.contains('[INFO] OTP Advisor: no Elixir file (.ex, .exs) below .: nothing analyzed, no report written')
assert analyze.contains('elixir: OTP Advisor: 1 finding at or above error, 0 allowed')
assert analyze.contains('BUILD FAILURE')
assert new File(basedir, 'elixir/target/otp-advisor/otp-advisor.json').isFile()
assert !new File(basedir, 'java/target/otp-advisor').exists()

// The baseline lands where the module's own analyze looks for it, and nowhere else.
assert baseline.contains('[INFO] OTP Advisor: recorded 1 finding in otp-advisor-baseline.json')
assert baseline.contains('BUILD SUCCESS')
def recorded = new groovy.json.JsonSlurper().parse(new File(basedir, 'elixir/otp-advisor-baseline.json'))
assert recorded.findings.size() == 1
assert !new File(basedir, 'otp-advisor-baseline.json').exists()
assert !new File(basedir, 'java/otp-advisor-baseline.json').exists()

assert verify.contains('1 finding in the baseline otp-advisor-baseline.json not shown')
assert verify.contains('BUILD SUCCESS')

// The root itself has no Elixir code outside its modules: one info line, not a warning about patterns.
assert analyze.contains("[INFO] OTP Advisor: no Elixir file (.ex, .exs) below . outside the modules' folders: nothing analyzed, no report written")
assert !analyze.contains('[WARNING] OTP Advisor')
