def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] OTP Advisor: 0 findings (0 error, 0 warning, 0 info) in 1 process modules, 4 files, 0 parse errors')
assert log.contains('[INFO] OTP Advisor reports: target/otp-advisor/otp-advisor.json')
assert log.contains('BUILD SUCCESS')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/otp-advisor/otp-advisor.json'))
assert json.schemaVersion == 1
assert json.files.analyzed == 4
assert json.findings.isEmpty()
assert json.modules*.name == ['Shop.Cart']
// The two-part recommendation: a per-entity GenServer placed under DynamicSupervisor + Registry, as it is today.
def cart = json.modules[0]
assert cart.recommendation == 'GenServer'
assert cart.verdict == 'fits'
assert cart.placement == [today: 'DynamicSupervisor + Registry', recommended: 'DynamicSupervisor + Registry']
assert cart.supervision.status == 'dynamic'
assert cart.supervision.file == 'lib/shop/cart.ex'
assert cart.supervision.line == 17
