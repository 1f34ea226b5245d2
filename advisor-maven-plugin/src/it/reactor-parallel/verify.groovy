def log = new File(basedir, 'build.log').text
assert log.contains('Using the MultiThreadedBuilder implementation with a thread count of 2')
assert !log.contains('not marked as thread-safe')
assert log.contains('BUILD SUCCESS')

def report = { dir -> new groovy.json.JsonSlurper().parse(new File(basedir, dir + 'target/otp-advisor/otp-advisor.json')) }
def billing = report('billing/')
assert billing.files.analyzed == 2
assert billing.findings*.rule == ['OTP004']
assert billing.findings[0].file == 'billing/lib/billing/rate_cache.ex' // relative to the repository root
def catalog = report('catalog/')
assert catalog.files.analyzed == 1
assert catalog.findings.isEmpty()
// The aggregator leaves billing/ and catalog/ to the modules: each file is analyzed once.
def aggregator = report('')
assert aggregator.files.analyzed == 1
assert aggregator.findings.isEmpty()
// A module without Elixir code: one info line, no report folder.
assert log.contains('[INFO] OTP Advisor: no Elixir file (.ex, .exs) below .: nothing analyzed, no report written')
assert !new File(basedir, 'docs/target/otp-advisor').exists()
