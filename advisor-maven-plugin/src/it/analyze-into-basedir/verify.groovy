def log = new File(basedir, 'build.log').text
def html = new File(basedir, 'html').canonicalPath
assert log.contains(html + ': otp-advisor did not create it and replaces only its own reports')
assert log.contains('move it away or choose another output folder')
assert new File(basedir, 'html/index.html').text.startsWith("<p>The project's own page")
assert new File(basedir, 'html').list() as List == ['index.html']

// json is a name of ours that nothing else uses here: written into the project.
assert new groovy.json.JsonSlurper().parse(new File(basedir, 'otp-advisor.json')).tool.name == 'otp-advisor'
assert log.contains('BUILD SUCCESS')
