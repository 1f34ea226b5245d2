// The traps are there (cloning did not drop them), so their absence below means something.
['deps/leaky/lib/leaky_cache.ex', 'assets/node_modules/phoenix_live_view/priv/cache.ex',
 'node_modules/elixir-snippets/lib/broken.ex', '_build/dev/lib/shop_core/built.ex'].each {
    assert new File(basedir, it).isFile()
}

def log = new File(basedir, 'build.log').text
// Only the umbrella's two mix.exs files and its one module are read.
assert log.contains('[INFO] OTP Advisor: 0 findings (0 error, 0 warning, 0 info) in 0 process modules, 3 files, 0 parse errors')
assert !log.contains('deps/')
assert !log.contains('node_modules')
assert !log.contains('_build')
assert log.contains('BUILD SUCCESS')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/otp-advisor/otp-advisor.json'))
assert json.files.analyzed == 3
assert json.parseErrors.isEmpty()
