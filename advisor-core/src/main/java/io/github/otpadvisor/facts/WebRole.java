package io.github.otpadvisor.facts;

/** The role a module plays in request handling, which tells which of its functions run per request. */
public enum WebRole {
    NONE, CONTROLLER, CHANNEL, LIVE_VIEW, LIVE_COMPONENT, PLUG, SOCKET;

    /** Whether {@code name/arity} of a module with this role runs while handling a request or message. */
    public boolean requestPath(String name, int arity, boolean isPublic) {
        return switch (this) {
            case CONTROLLER -> isPublic && arity == 2 && !name.equals("init") && !name.equals("call");
            case CHANNEL -> name.equals("join") || name.equals("handle_in") || name.equals("handle_info")
                    || name.equals("handle_out");
            case LIVE_VIEW -> name.equals("mount") || name.equals("handle_event") || name.equals("handle_params")
                    || name.equals("handle_info");
            case LIVE_COMPONENT -> name.equals("mount") || name.equals("update") || name.equals("handle_event");
            case PLUG -> name.equals("call") && arity == 2;
            case SOCKET -> name.equals("connect");
            case NONE -> false;
        };
    }
}
