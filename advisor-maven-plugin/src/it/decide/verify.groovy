def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] OTP Advisor: User sessions: process needed: YES, pattern: GenServer, placement: DynamicSupervisor + Registry (decided by Q4 "Do you need timeouts, monitors, or handle_info?")')
assert log.contains('[INFO] OTP Advisor: wrote .claude/plans/user-sessions/research/otp-decision.md')
assert log.contains('[INFO] OTP Advisor: Price cache: process needed: NO, pattern: ETS, placement: none (decided by Q3 "Is it simple get/update only?")')
assert log.contains('[INFO] OTP Advisor: wrote docs/decisions/price-cache.md')

def sessions = new File(basedir, '.claude/plans/user-sessions/research/otp-decision.md').text
assert sessions.startsWith('# OTP Analysis: User sessions')
assert sessions.contains('One process per logged-in user')
assert sessions.contains('DynamicSupervisor')
assert sessions.contains('Existing patterns in `.`'), 'the goal reads its own project'
assert sessions.contains('- no process modules')
def cache = new File(basedir, 'docs/decisions/price-cache.md').text
assert cache.startsWith('# OTP Analysis: Price cache')
assert cache.contains('ETS')
