package io.github.otpadvisor.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.facts.Evidence;
import io.github.otpadvisor.facts.RemoteCall;
import io.github.otpadvisor.facts.StartSite;
import io.github.otpadvisor.facts.extract.Fixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectFactsTest {
    @Test
    void processModulesAreIndexedWithTheirApp() {
        List<String> names = Fixtures.umbrella().processModules().stream().map(ProcessModule::name).sorted().toList();
        assertEquals(List.of("Billing.Gateway", "Billing.Ledger", "Shop.Cache", "Shop.Calculator", "Shop.Cart",
                "Shop.Counter", "Shop.Poller", "Shop.Rooms.Room", "Shop.TableOwner", "Shop.Workers.Reporter",
                "Shop.Workers.Supervisor"), names);
        assertEquals("billing", Fixtures.process("Billing.Ledger").app());
        assertEquals("shop", Fixtures.process("Shop.Cache").app());
    }

    @Test
    void startersSupervisorsAndCallers() {
        ProcessModule cache = Fixtures.process("Shop.Cache");
        assertEquals("Shop.Application", cache.supervisedBy().get(0).list().module());
        assertTrue(cache.startSites().stream().anyMatch(StartSite::inOwnStartLink));
        assertEquals(Set.of("Shop.Aliases", "ShopWeb.CartController"), cache.callerModules(),
                "the test file's calls do not count");
        assertTrue(cache.callers().stream().anyMatch(RemoteCall::inTest));
        assertTrue(cache.sendsToIt().stream().anyMatch(s -> "Shop.Aliases".equals(s.module())));

        ProcessModule cart = Fixtures.process("Shop.Cart");
        assertTrue(cart.supervisedBy().isEmpty());
        assertEquals(1, cart.dynamicStarts().size());
        assertEquals(1, cart.requestPathStarts().size(), "the channel's join, not the controller (human rate)");
        Evidence path = cart.requestPathStarts().get(0);
        assertEquals("apps/shop/lib/shop/cart.ex", path.file());
        assertEquals(12, path.line());
        assertTrue(path.text().contains("channel callback: ShopWeb.CartChannel.join/3 -> Shop.Cart.get_or_start/1"),
                path.text());

        ProcessModule counter = Fixtures.process("Shop.Counter");
        assertEquals(2, counter.supervisedBy().size(), "listed as Mod and through Supervisor.child_spec/2");
        assertTrue(Fixtures.process("Shop.TableOwner").ownedTables().size() == 1);
        assertTrue(Fixtures.process("Shop.Workers.Reporter").referenced());
    }

    @Test
    void supervisionTreesPerApplicationExpandAcrossFiles() {
        List<SupervisionNode> shop = Fixtures.umbrella().trees().get("shop");
        assertEquals(1, shop.size());
        SupervisionNode root = shop.get(0);
        assertEquals(SupervisionNode.Kind.APPLICATION, root.kind());
        assertEquals("Shop.Application", root.module());
        assertEquals("one_for_one", root.strategy());
        SupervisionNode workers = root.children().stream().filter(n -> "Shop.Workers.Supervisor".equals(n.module()))
                .findFirst().orElseThrow();
        assertEquals(SupervisionNode.Kind.SUPERVISOR, workers.kind());
        assertEquals("rest_for_one", workers.strategy());
        assertEquals(List.of("Shop.TableOwner", "Shop.Workers.Reporter"),
                workers.children().stream().map(SupervisionNode::module).toList());
        SupervisionNode carts = root.children().get(1);
        assertEquals(SupervisionNode.Kind.DYNAMIC_SUPERVISOR, carts.kind());
        assertEquals(SupervisionNode.Kind.DYNAMIC_CHILD, carts.children().get(0).kind());
        assertEquals("Shop.Cart", carts.children().get(0).module());
        SupervisionNode rooms = root.children().get(9);
        assertEquals(SupervisionNode.Kind.PARTITION_SUPERVISOR, rooms.kind());
        assertEquals("Shop.Rooms.Room", rooms.children().get(0).module());
        assertEquals(SupervisionNode.Kind.UNRESOLVED, root.children().get(10).kind());
        assertTrue(root.draw().contains("└─ Application.get_env(:shop, :extra_children, []) [unresolved]"),
                root.draw());

        SupervisionNode billing = Fixtures.umbrella().trees().get("billing").get(0);
        assertEquals(List.of("Billing.Ledger", "Billing.Gateway"),
                billing.children().stream().map(SupervisionNode::module).toList());
    }

    @Test
    void cyclesAreCut() {
        List<SupervisionNode> trees = Fixtures.project("cycle").trees().get("cycle");
        assertEquals(1, trees.size());
        SupervisionNode a = trees.get(0);
        assertEquals("Cycle.A", a.module());
        SupervisionNode b = a.children().get(0);
        assertEquals("Cycle.B", b.module());
        assertEquals("one_for_all", b.strategy());
        assertTrue(b.children().get(0).cycle());
        assertEquals("Cycle.A", b.children().get(0).module());
        assertFalse(b.children().get(1).cycle());
    }

    @Test
    void linkingNothingIsEmpty() {
        ProjectFacts empty = ProjectFacts.link(List.of());
        assertTrue(empty.processModules().isEmpty());
        assertTrue(empty.trees().isEmpty());
    }
}
