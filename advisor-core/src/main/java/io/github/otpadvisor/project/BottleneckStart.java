package io.github.otpadvisor.project;

import io.github.otpadvisor.facts.Location;
import io.github.otpadvisor.facts.StartSite;

/**
 * A {@code DynamicSupervisor.start_child} call that makes one DynamicSupervisor a bottleneck (RULEBOOK §4
 * OTP010): per-entity children, one named unpartitioned DynamicSupervisor, reached from a request path whose
 * requests can arrive in bursts.
 *
 * @param site       the call
 * @param supervisor the DynamicSupervisor's registered name
 * @param declared   where it is declared (its children list entry, or its module)
 * @param listedIn   the module whose children list declares it, or null
 * @param key        the term that identifies the entity ({@code room_id}): the partition key
 * @param path       the request path that reaches the call
 */
public record BottleneckStart(StartSite site, String supervisor, Location declared, String listedIn, String key,
                             CallPaths.RequestPath path) {
}
