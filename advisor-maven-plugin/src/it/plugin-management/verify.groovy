def log = new File(basedir, 'build.log').text
// -D beats the POM's property: with failOnSeverity=warning the OTP004 warning would have failed the build.
assert log.contains('BUILD SUCCESS')
// pluginManagement's ruleSeverities and excludes reach analyze ...
assert log.contains('[WARNING] lib/shop/price_cache.ex:3:3: [OTP004]')
assert !log.contains('legacy')
assert log.contains('OTP Advisor: 1 finding (0 error, 1 warning, 0 info) in 1 process modules, 4 files, 0 parse errors')
// ... and the formats property too.
assert new File(basedir, 'target/otp-advisor/otp-advisor.sarif').isFile()

// ... and the site report, which ignores a build plugin's own configuration but not pluginManagement's.
def index = new File(basedir, 'target/site/otp-advisor.html').text
assert index.contains('OTP004')
assert !index.contains('Shop.Legacy.Tax')
assert !index.contains('OTP001')
