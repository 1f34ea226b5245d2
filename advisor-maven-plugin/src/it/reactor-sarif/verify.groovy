def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects/).findAll { it.contains('BUILD') }
assert runs.size() == 2
def (withTests, plain) = runs
assert plain.contains('BUILD SUCCESS')

def json = { dir -> new groovy.json.JsonSlurper().parse(new File(basedir, dir + 'target/otp-advisor/otp-advisor.json')) }
def sarif = { file -> new groovy.json.JsonSlurper().parse(new File(basedir, file)) }
def uris = { doc -> doc.runs[0].results.collect { it.locations[0].physicalLocation.artifactLocation.uri } }

// Every path is relative to the repository root (the folder holding .git), where code scanning resolves it.
assert plain =~ /(?m)^\[WARNING\] elixir\/apps\/chat_api\/lib\/chat_api\/presence\.ex:\d+:\d+: \[OTP004\]/
def elixirSarif = sarif('elixir/target/otp-advisor/otp-advisor.sarif')
assert uris(elixirSarif) == ['elixir/apps/chat_api/lib/chat_api/presence.ex']
assert elixirSarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uriBaseId == '%SRCROOT%'
assert elixirSarif.runs[0].originalUriBaseIds['%SRCROOT%'] != null
assert uris(sarif('billing/target/otp-advisor/otp-advisor.sarif')) == ['billing/lib/billing/rate_cache.ex']

// One file for the whole reactor, every module's results in it.
def reactor = sarif('target/otp-advisor-reactor.sarif')
assert uris(reactor) == ['billing/lib/billing/rate_cache.ex', 'elixir/apps/chat_api/lib/chat_api/presence.ex']
assert plain.contains('OTP Advisor reactor SARIF: ')

// Test code is not production code: the mock under test/support gets no module entry and no production finding.
assert !json('elixir/').modules*.name.contains('ChatApi.MockStore')
assert !plain.contains('mock_store.ex')

// Unless includeTests: then it is analyzed like the rest.
assert withTests.contains('BUILD SUCCESS')
assert withTests =~ /(?m)^\[WARNING\] elixir\/apps\/chat_api\/test\/support\/mock_store\.ex:\d+:\d+: \[OTP004\]/
def withTestsJson = new groovy.json.JsonSlurper().parse(new File(basedir, 'elixir/target/with-tests/otp-advisor.json'))
assert withTestsJson.modules*.name.contains('ChatApi.MockStore')
