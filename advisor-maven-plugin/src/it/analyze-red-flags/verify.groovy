def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[ERROR\] lib\/shop\/price_cache\.ex:3:3: \[OTP004\] Shop\.PriceCache is a singleton .*GenServer used as a key-value store/
assert log.contains('[INFO] OTP Advisor: 1 finding (1 error, 0 warning, 0 info) in 1 process modules, 3 files, 0 parse errors')
assert log.contains('OTP Advisor: 1 finding at or above error, 0 allowed (failOnSeverity=error, maxAllowedFindings=0)')
assert log.contains('BUILD FAILURE')
// A red flag is a finding, not a crash: no stack trace.
assert !(log =~ /(?m)^\s+at [a-z]+\./)

// The reports are written before the build fails, so CI can still upload them.
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/otp-advisor/otp-advisor.json'))
assert json.findings*.rule == ['OTP004']
assert json.findings[0].file == 'lib/shop/price_cache.ex'
