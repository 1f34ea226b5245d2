package io.github.otpadvisor.report.template;

import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.Version;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * A FreeMarker configuration whose templates stop when their thread is interrupted. FreeMarker checks
 * the interrupt flag only where {@code _CoreAPI.addThreadInterruptedChecks} inserted checks (at the head of
 * every repeated block: list bodies, macro and function bodies); the call is internal API, kept stable
 * for freemarker-online, and there is no public one. Every template loaded through the configuration,
 * the rendered one and those it includes or imports, gets the checks once.
 */
final class InterruptibleConfiguration extends Configuration {
    private final Set<Template> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    InterruptibleConfiguration(Version version) {
        super(version);
    }

    /** Every other {@code getTemplate} and the {@code #include} and {@code #import} directives end here. */
    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                boolean parseAsFTL, boolean ignoreMissing) throws IOException {
        Template t = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
        if (t != null) {
            // Under the lock, so that no thread runs a cached template while another still adds its checks.
            synchronized (checked) {
                if (checked.add(t)) {
                    _CoreAPI.addThreadInterruptedChecks(t);
                }
            }
        }
        return t;
    }
}
