def log = new File(basedir, 'build.log').text
assert log =~ /(?m)^\[WARNING\] lib\/shop\/price_cache\.ex:3:3: \[OTP004\] /
assert !(log =~ /(?m)^\[ERROR\] /)
assert log.contains('[INFO] OTP Advisor: 1 finding (1 error, 0 warning, 0 info)')
assert log.contains('BUILD SUCCESS')
