package io.github.otpadvisor.rules.checks;

import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.rules.Finding;
import io.github.otpadvisor.rules.Rule;

/** How OTP005, OTP007-OTP010 name call sites in their messages and build their findings. */
final class CallSiteText {
    private CallSiteText() {
    }

    /** {@code MyApp.Notifier.order_placed/1}, {@code MyApp.Notifier} at module level, or the file in a script. */
    static String where(String module, String function, Location at) {
        if (module == null) {
            return at == null ? "a script" : at.file();
        }
        return function == null ? module : module + "." + function;
    }

    /** {@code lib/my_app/notifier.ex:10}. */
    static String at(Location l) {
        return l == null ? "?" : l.file() + ":" + l.line();
    }

    /** {@code Task.start/1} as {@code Task.start}: the call without arity, for prose. */
    static String bare(String call) {
        int slash = call.lastIndexOf('/');
        return slash < 0 ? call : call.substring(0, slash);
    }

    /** Shortens printed code to one readable line. */
    static String shorten(String code, int max) {
        if (code == null) {
            return "";
        }
        String one = code.replaceAll("\\s+", " ").trim();
        return one.length() <= max ? one : one.substring(0, max - 3) + "...";
    }

    static Finding finding(Rule rule, Location at, String module, String message, Pattern recommendation) {
        return new Finding(rule.info().id(), rule.info().severity(), at.file(), at.line(), at.column(), module, message,
                recommendation);
    }
}
