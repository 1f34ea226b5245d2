def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects/).findAll { it.contains('BUILD') }
assert runs.size() == 3
def (baseline, app, lib) = runs
assert baseline.contains('[INFO] OTP Advisor: recorded 1 finding in otp-advisor-baseline.json')
def recorded = new groovy.json.JsonSlurper().parse(new File(basedir, 'otp-advisor-baseline.json'))
assert recorded.findings*.file == ['apps/shop/lib/shop/price_cache.ex']
assert recorded.findings[0].fingerprint.startsWith('v2:')
for (run in [app, lib]) {
    assert run.contains('BUILD SUCCESS')
    assert run.contains('1 finding in the baseline otp-advisor-baseline.json not shown')
    assert !run.contains('no finding any more')
}
