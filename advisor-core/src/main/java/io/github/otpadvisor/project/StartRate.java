package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.Location;

/**
 * How often a process module is started (RULEBOOK §2 "start rate").
 *
 * @param kind     {@link Kind#BOOT}, {@link Kind#PER_REQUEST} or {@link Kind#UNKNOWN}
 * @param path     for {@code per request}: the call path from the request entry to the start
 *                 ({@code MyAppWeb.RoomChannel.join/3 -> MyApp.Rooms.open/1 -> DynamicSupervisor.start_child}), else null
 * @param humanRate for {@code per request}: every path starts at a person opening a page (a controller action,
 *                 a LiveView or LiveComponent callback), so no bursts are in evidence
 * @param location the start (children list entry or start call) that is the evidence, or null
 * @param why      one sentence saying how it was concluded
 */
public record StartRate(Kind kind, String path, boolean humanRate, Location location, String why) {
    public enum Kind {
        /** Started once, at application start or from a supervisor's or a static child's start-up. */
        BOOT("boot"),
        /** Started from a request path (controller, Plug, LiveView/Channel/Socket, protocol handler, consumer, job). */
        PER_REQUEST("per request"),
        /** Started at runtime from code no request path or boot step reaches, or nothing in the project starts it. */
        UNKNOWN("unknown");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
