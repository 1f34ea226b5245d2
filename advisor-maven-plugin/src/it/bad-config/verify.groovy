// build.log holds every invocation in turn, each starting with "Scanning for projects".
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects/).findAll { it.contains('BUILD') }
assert runs.size() == 3
def (rules, severity, formats) = runs
assert rules.contains("ruleSeverities: unknown rule id 'OTP999'; valid ids are OTP001, OTP002, OTP003, OTP004, OTP005, OTP006, OTP007, OTP008, OTP009, OTP010")
assert severity.contains("failOnSeverity: expected error, warning, info or none, got 'fatal'")
assert formats.contains("formats: unknown format 'pdf'; expected text, json, sarif, md or html")
for (run in runs) {
    assert run.contains('BUILD FAILURE')
    assert !(run =~ /(?m)^\s+at [a-z]+\./) // a configuration mistake is not a crash
}
