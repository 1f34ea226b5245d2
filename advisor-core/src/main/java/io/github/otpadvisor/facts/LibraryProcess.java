package io.github.otpadvisor.facts;

/**
 * A library behaviour that runs as a process (RULEBOOK §1 "library process"): inventoried, the owner of what
 * it links and awaits, its callbacks request paths, but no decision of its own.
 */
public enum LibraryProcess {
    GEN_STAGE("GenStage"),
    BROADWAY("Broadway"),
    LIVE_VIEW("Phoenix.LiveView"),
    LIVE_COMPONENT("Phoenix.LiveComponent"),
    CHANNEL("Phoenix.Channel"),
    TRACKER("Phoenix.Tracker"),
    WEBSOCKEX("WebSockex"),
    PROC_LIB(":proc_lib"),
    RANCH_PROTOCOL(":ranch_protocol"),
    THOUSAND_ISLAND_HANDLER("ThousandIsland.Handler"),
    COWBOY_HANDLER("cowboy handler");

    private final String label;

    LibraryProcess(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind a {@code use M} makes, or null. */
    public static LibraryProcess ofUse(String used) {
        return switch (used) {
            case "GenStage" -> GEN_STAGE;
            case "Broadway" -> BROADWAY;
            case "Phoenix.LiveView" -> LIVE_VIEW;
            case "Phoenix.LiveComponent" -> LIVE_COMPONENT;
            case "Phoenix.Channel" -> CHANNEL;
            case "Phoenix.Tracker" -> TRACKER;
            case "WebSockex" -> WEBSOCKEX;
            case "ThousandIsland.Handler" -> THOUSAND_ISLAND_HANDLER;
            default -> null;
        };
    }

    /** The kind a {@code @behaviour M} makes, or null. */
    public static LibraryProcess ofBehaviour(String behaviour) {
        return switch (behaviour) {
            case "GenStage" -> GEN_STAGE;
            case "Broadway" -> BROADWAY;
            case "Phoenix.Tracker" -> TRACKER;
            case ":ranch_protocol" -> RANCH_PROTOCOL;
            case ":cowboy_websocket", ":cowboy_handler", ":cowboy_loop" -> COWBOY_HANDLER;
            default -> null;
        };
    }

    /** The kind a module's role in request handling makes ({@code use MyAppWeb, :live_view} included), or null. */
    public static LibraryProcess ofRole(WebRole role) {
        return switch (role) {
            case LIVE_VIEW -> LIVE_VIEW;
            case LIVE_COMPONENT -> LIVE_COMPONENT;
            case CHANNEL -> CHANNEL;
            default -> null;
        };
    }
}
