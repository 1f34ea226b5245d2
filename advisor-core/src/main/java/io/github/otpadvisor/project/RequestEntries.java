package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.ClauseSummary;
import io.github.otpadvisor.facts.ModuleFacts;
import io.github.otpadvisor.facts.WebRole;
import java.util.List;
import java.util.Set;

/**
 * Which functions run per request or per message from outside (RULEBOOK §2 "start rate"): controller
 * actions, Plug {@code call/2}, LiveView/LiveComponent/Channel/Socket callbacks, websocket and TCP protocol
 * handlers (Phoenix socket transports, {@code WebSock}, cowboy, ranch, ThousandIsland, WebSockex),
 * GenStage/Broadway consumers, AMQP deliveries and Oban jobs.
 *
 * <p>A person opening a page or submitting a form (controller actions, LiveView and LiveComponent
 * callbacks) arrives at human rate; the others can arrive in bursts (a reconnect storm rejoins every
 * socket and channel at once; consumers and jobs drain queues as fast as they can).
 */
final class RequestEntries {
    /** An entry: what to call it, and whether it runs at human rate. */
    record Entry(String label, boolean humanRate) {
    }

    private static final Set<String> TRANSPORT = Set.of("connect/1", "init/1", "handle_in/2", "handle_info/2");
    private static final Set<String> WEBSOCK = Set.of("init/1", "handle_in/2", "handle_info/2", "handle_control/2");
    private static final Set<String> COWBOY_WS = Set.of("init/2", "websocket_init/1", "websocket_handle/2",
            "websocket_info/2");
    private static final Set<String> WEBSOCKEX = Set.of("handle_frame/2", "handle_connect/2", "handle_info/2",
            "handle_cast/2");
    private static final Set<String> THOUSAND_ISLAND = Set.of("handle_connection/2", "handle_data/3",
            "handle_info/2");
    private static final Set<String> RANCH = Set.of("start_link/3", "start_link/4", "init/1", "init/3", "init/4",
            "handle_info/2", "handle_event/4");
    private static final Set<String> OBAN = Set.of("perform/1", "process/1");

    private RequestEntries() {
    }

    /** The entry {@code key} ({@code name/arity}) of {@code m} is, or null when it is none. */
    static Entry of(ModuleFacts m, String key, String name, int arity, boolean isPublic) {
        WebRole role = m.webRole();
        if (role != WebRole.NONE && role.requestPath(name, arity, isPublic)) {
            boolean human = role == WebRole.CONTROLLER || role == WebRole.LIVE_VIEW || role == WebRole.LIVE_COMPONENT;
            return new Entry(roleLabel(role), human);
        }
        List<String> kinds = m.uses();
        List<String> behaviours = m.behaviours();
        if (behaviours.contains("Phoenix.Socket.Transport") && TRANSPORT.contains(key)) {
            return new Entry("socket transport callback", false);
        }
        if (behaviours.contains("WebSock") && WEBSOCK.contains(key)) {
            return new Entry("websocket handler", false);
        }
        if ((behaviours.contains(":cowboy_websocket") || behaviours.contains(":cowboy_handler"))
                && COWBOY_WS.contains(key)) {
            return new Entry("cowboy handler", false);
        }
        if (kinds.contains("WebSockex") && WEBSOCKEX.contains(key)) {
            return new Entry("WebSockex callback", false);
        }
        if (kinds.contains("ThousandIsland.Handler") && THOUSAND_ISLAND.contains(key)) {
            return new Entry("ThousandIsland handler", false);
        }
        if (behaviours.contains(":ranch_protocol") && RANCH.contains(key)) {
            return new Entry("ranch protocol handler", false);
        }
        if (kinds.contains("GenStage") && key.equals("handle_events/3")) {
            return new Entry("GenStage consumer", false);
        }
        if (kinds.contains("Broadway") && (key.equals("handle_message/3") || key.equals("handle_batch/4"))) {
            return new Entry("Broadway consumer", false);
        }
        if (kinds.stream().anyMatch(u -> u.equals("Oban.Worker") || u.startsWith("Oban.Pro.")) && OBAN.contains(key)) {
            return new Entry("Oban job", false);
        }
        if (key.equals("handle_info/2") && consumesDeliveries(m)) {
            return new Entry("queue consumer", false);
        }
        return null;
    }

    /** An AMQP consumer: a {@code handle_info({:basic_deliver, ...})} clause. */
    private static boolean consumesDeliveries(ModuleFacts m) {
        for (ClauseSummary c : m.clauses("handle_info")) {
            if ("basic_deliver".equals(c.messageTag())) {
                return true;
            }
        }
        return false;
    }

    private static String roleLabel(WebRole role) {
        return switch (role) {
            case CONTROLLER -> "controller action";
            case CHANNEL -> "channel callback";
            case LIVE_VIEW -> "LiveView callback";
            case LIVE_COMPONENT -> "LiveComponent callback";
            case PLUG -> "Plug call";
            case SOCKET -> "socket callback";
            case NONE -> "";
        };
    }
}
