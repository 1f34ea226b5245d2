def site = new File(basedir, 'target/site')
def index = new File(site, 'otp-advisor.html').text
assert index.contains('OTP Advisor')
// Every process module, linked to its page, with today's abstraction, the recommendation and the verdict.
assert index.contains('href="otp-advisor/modules/Shop.PriceCache.html"')
assert index =~ /(?s)Shop\.PriceCache.*GenServer.*heavier than needed/
assert index.contains('OTP004')
assert index.contains('href="otp-advisor/index.html"')
// Listed under Project Reports.
assert new File(site, 'project-reports.html').text.contains('otp-advisor.html')

// The pages beside it.
assert new File(site, 'otp-advisor/index.html').isFile()
assert new File(site, 'otp-advisor/modules/Shop.PriceCache.html').isFile()
assert new File(site, 'otp-advisor/modules/Shop.PriceCache/otp-decision.md').text.startsWith('# OTP Analysis: Shop.PriceCache')
def svgs = []
new File(site, 'otp-advisor').eachFileRecurse { if (it.name.endsWith('.svg')) svgs << it }
assert !svgs.isEmpty()

// Counts per rule and per application on the site page, each linked to its page; findings link to their rule.
assert index.contains('href="otp-advisor/rules/OTP004.html"')
assert index.contains('href="otp-advisor/apps/shop.html"')
// The pages beside it lead back into the site.
assert new File(site, 'otp-advisor/index.html').text.contains('href="../otp-advisor.html"')
assert new File(site, 'otp-advisor/modules/Shop.PriceCache.html').text.contains('href="../../otp-advisor.html"')
// Each finding links to its line on the file's source page, which shows the code with the finding beside it.
assert index.contains('href="otp-advisor/source/lib.shop.price_cache.ex.html#L3"')
def source = new File(site, 'otp-advisor/source/lib.shop.price_cache.ex.html').text
assert source.contains('<tr id="L3" class="hit row-error">')
assert source.contains('href="../../otp-advisor.html"')
