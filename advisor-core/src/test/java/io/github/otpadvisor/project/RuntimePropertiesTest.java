package io.github.otpadvisor.project;

import static io.github.otpadvisor.project.Property.CONCURRENCY_NEED;
import static io.github.otpadvisor.project.Property.DYNAMIC_CHILDREN;
import static io.github.otpadvisor.project.Property.HANDLES_INFO;
import static io.github.otpadvisor.project.Property.HOLDS_STATE;
import static io.github.otpadvisor.project.Property.ISOLATION_NEED;
import static io.github.otpadvisor.project.Property.MANY_READERS;
import static io.github.otpadvisor.project.Property.MONITORS_LINKS;
import static io.github.otpadvisor.project.Property.ONE_OFF_ASYNC;
import static io.github.otpadvisor.project.Property.PER_ENTITY;
import static io.github.otpadvisor.project.Property.REQUEST_PATH_STARTS;
import static io.github.otpadvisor.project.Property.SIMPLE_GET_UPDATE;
import static io.github.otpadvisor.project.Property.SINGLETON;
import static io.github.otpadvisor.project.Property.STATELESS;
import static io.github.otpadvisor.project.Property.TIMEOUTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.extract.Fixtures;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuntimePropertiesTest {
    private static Set<Property> set(String module) {
        RuntimeProperties p = Fixtures.process(module).properties();
        EnumSet<Property> out = EnumSet.noneOf(Property.class);
        for (Property x : Property.values()) {
            if (p.is(x)) {
                out.add(x);
            }
        }
        return out;
    }

    private static List<Integer> lines(String module, Property p) {
        return Fixtures.process(module).properties().evidence(p).stream().map(Evidence::line).toList();
    }

    @Test
    void cacheIsASingletonKeyValueStore() {
        assertEquals(EnumSet.of(HOLDS_STATE, SIMPLE_GET_UPDATE, CONCURRENCY_NEED, SINGLETON, MANY_READERS),
                set("Shop.Cache"));
        assertEquals(List.of(15, 20, 24), lines("Shop.Cache", SIMPLE_GET_UPDATE));
        Evidence get = Fixtures.process("Shop.Cache").properties().evidence(SIMPLE_GET_UPDATE).get(0);
        assertEquals("apps/shop/lib/shop/cache.ex", get.file());
        assertTrue(get.text().startsWith("handle_call({:get, key}, ...) only reads key key of the state"), get.text());
        assertEquals(List.of(5), lines("Shop.Cache", SINGLETON));
    }

    @Test
    void calculatorIsStateless() {
        assertEquals(EnumSet.of(STATELESS, SINGLETON), set("Shop.Calculator"));
        assertTrue(Fixtures.process("Shop.Calculator").properties().evidence(HOLDS_STATE).get(0).text()
                .contains("init/1 returns nil and no callback reads or changes the state"));
    }

    @Test
    void perEntityCartStartedFromRequests() {
        assertEquals(EnumSet.of(HOLDS_STATE, SIMPLE_GET_UPDATE, DYNAMIC_CHILDREN, CONCURRENCY_NEED, PER_ENTITY,
                REQUEST_PATH_STARTS), set("Shop.Cart"));
        assertEquals(List.of(6, 12), lines("Shop.Cart", PER_ENTITY));
    }

    @Test
    void roomWithATimerIsPartitioned() {
        Set<Property> room = set("Shop.Rooms.Room");
        assertTrue(room.containsAll(EnumSet.of(HOLDS_STATE, TIMEOUTS, HANDLES_INFO, DYNAMIC_CHILDREN, PER_ENTITY)));
        assertFalse(room.contains(SIMPLE_GET_UPDATE), "a timer: not simple get/update");
        assertFalse(room.contains(REQUEST_PATH_STARTS), "already started through a PartitionSupervisor");
        assertEquals(List.of(26, 32), lines("Shop.Rooms.Room", TIMEOUTS));
    }

    @Test
    void tableOwnerNeedsIsolation() {
        Set<Property> owner = set("Shop.TableOwner");
        assertTrue(owner.containsAll(EnumSet.of(MONITORS_LINKS, ISOLATION_NEED, SINGLETON)));
        assertFalse(owner.contains(HANDLES_INFO), "its only handle_info ignores the :EXIT");
        assertFalse(owner.contains(STATELESS));
        assertEquals(List.of(18, 19), lines("Shop.TableOwner", ISOLATION_NEED));
    }

    @Test
    void pollerAndAgentsAndTasks() {
        assertTrue(set("Shop.Poller").containsAll(EnumSet.of(HOLDS_STATE, TIMEOUTS, HANDLES_INFO)));
        assertEquals(List.of(15), lines("Shop.Poller", HANDLES_INFO));
        assertEquals(EnumSet.of(HOLDS_STATE, SIMPLE_GET_UPDATE, CONCURRENCY_NEED, SINGLETON, MANY_READERS),
                set("Shop.Counter"));
        Set<Property> ledger = set("Billing.Ledger");
        assertTrue(ledger.contains(HOLDS_STATE));
        assertFalse(ledger.contains(SIMPLE_GET_UPDATE), "logic inside get_and_update");
        assertEquals(EnumSet.of(ONE_OFF_ASYNC, CONCURRENCY_NEED), set("Shop.Workers.Reporter"));
        Set<Property> gateway = set("Billing.Gateway");
        assertTrue(gateway.containsAll(EnumSet.of(HOLDS_STATE, ISOLATION_NEED, SINGLETON)));
        assertFalse(gateway.contains(STATELESS));
        assertFalse(set("Shop.Workers.Supervisor").contains(STATELESS));
    }

    @Test
    void everyPropertyHasAValue() {
        for (ProcessModule m : Fixtures.umbrella().processModules()) {
            for (Property p : Property.values()) {
                PropertyValue v = m.properties().get(p);
                if (v.value()) {
                    assertFalse(v.evidence().isEmpty(), m.name() + " " + p + " has no evidence");
                }
            }
        }
    }
}
