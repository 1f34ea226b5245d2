// build.log holds every invocation in turn, each starting with "Scanning for projects".
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects/).findAll { it.contains('OTP Advisor') }
assert runs.size() == 2
def (lenient, strict) = runs

// By default: a warning with the position, and a passing build.
assert lenient.contains('[WARNING] lib/shop/broken.ex:5:1: unexpected reserved word: end.')
assert lenient.contains('[INFO] OTP Advisor: 0 findings (0 error, 0 warning, 0 info) in 0 process modules, 2 files, 1 parse error')
assert lenient.contains('BUILD SUCCESS')
// failOnParseError=true: the same line as an error, and a failed build.
assert strict.contains('[ERROR] lib/shop/broken.ex:5:1: unexpected reserved word: end.')
assert strict.contains('OTP Advisor: 1 file does not parse (failOnParseError=true)')
assert strict.contains('BUILD FAILURE')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/otp-advisor/otp-advisor.json'))
assert json.parseErrors.size() == 1
assert json.parseErrors[0].file == 'lib/shop/broken.ex'
assert json.parseErrors[0].line == 5
assert json.parseErrors[0].column == 1
