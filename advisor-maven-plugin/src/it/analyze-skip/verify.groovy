def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Skipping OTP Advisor analyze (otp-advisor.skip is true)')
assert !log.contains('OTP004')
assert !new File(basedir, 'target/otp-advisor').exists()
assert log.contains('BUILD SUCCESS')
