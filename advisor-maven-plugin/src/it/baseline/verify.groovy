// build.log holds every invocation in turn, each starting with "Scanning for projects".
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects/).findAll { it.contains('OTP Advisor') }
assert runs.size() == 3
def (recorded, checked, stale) = runs

assert recorded.contains('[INFO] OTP Advisor: recorded 1 finding in otp-advisor-baseline.json; analyze now fails only on new ones')
assert new File(basedir, 'otp-advisor-baseline.json').isFile()

assert checked =~ /(?m)^\[ERROR\] lib\/new\/session_cache\.ex:3:3: \[OTP004\] /
assert !checked.contains('price_cache.ex')
assert checked.contains('[INFO] OTP Advisor: 1 finding in the baseline otp-advisor-baseline.json not shown')
assert checked.contains('BUILD FAILURE')

assert stale.contains('[INFO] OTP Advisor: 1 baseline entry matches no finding any more (fixed?); refresh the file with mvn otp-advisor:baseline')
assert stale.contains('BUILD SUCCESS')
