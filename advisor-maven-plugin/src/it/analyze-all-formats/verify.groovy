def out = new File(basedir, 'target/otp-advisor')
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] OTP Advisor reports: target/otp-advisor/otp-advisor.json, target/otp-advisor/otp-advisor.sarif, target/otp-advisor/md, target/otp-advisor/html')

assert new groovy.json.JsonSlurper().parse(new File(out, 'otp-advisor.json')).findings*.rule == ['OTP004']
def sarif = new groovy.json.JsonSlurper().parse(new File(out, 'otp-advisor.sarif'))
assert sarif.version == '2.1.0'
assert new File(out, 'md/index.md').isFile()
assert new File(out, 'html/index.html').isFile()
