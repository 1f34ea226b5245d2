assert !new File(basedir, 'pom.xml').exists()
// build.log holds both invocations in turn, each starting with "Scanning for projects".
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects/).findAll { it.contains('BUILD') }
assert runs.size() == 2
def (help, analyze) = runs

assert help.contains('otp-advisor:analyze')
assert help.contains('failOnSeverity (Default: error)')
assert help.contains('User property: otp-advisor.failOnSeverity')

assert analyze =~ /(?m)^\[ERROR\] lib\/shop\/price_cache\.ex:3:3: \[OTP004\] /
assert analyze.contains('[INFO] OTP Advisor reports: target/otp-advisor/otp-advisor.json')
assert analyze.contains('BUILD FAILURE')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/otp-advisor/otp-advisor.json'))
assert json.findings*.rule == ['OTP004']
