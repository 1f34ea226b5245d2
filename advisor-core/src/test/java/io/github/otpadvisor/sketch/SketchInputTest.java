package io.github.otpadvisor.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.otpadvisor.assess.Assessor;
import io.github.otpadvisor.decision.Pattern;
import io.github.otpadvisor.decision.Placement;
import io.github.otpadvisor.project.ProjectFacts;
import io.github.otpadvisor.sketch.SketchInput.InfoMessage;
import io.github.otpadvisor.sketch.SketchInput.Operation.Kind;
import io.github.otpadvisor.sketch.SketchInput.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link SketchInput} takes from the facts, and from a feature's name. */
class SketchInputTest {
    private static SketchInput of(ProjectFacts p, String name) {
        return SketchInput.of(Assessor.assess(p).of(name).orElseThrow(), p);
    }

    private static ProjectFacts shop() {
        return SketchCases.project(SketchCases.polyglotShop());
    }

    private static ProjectFacts umbrella() {
        return SketchCases.project(SketchCases.umbrella());
    }

    @Test
    void priceCache() {
        SketchInput in = of(shop(), "ShopCore.PriceCache");
        assertEquals("ShopCore.PriceCache", in.moduleName());
        assertEquals(List.of(new Operation("get", 1, Kind.READ, List.of("sku"), "get"),
                new Operation("put", 2, Kind.CAST, List.of("sku", "price"), "put")), in.operations());
        assertEquals("__MODULE__", in.registeredName());
        assertEquals("ShopCore", in.namespace());
        assertEquals("one_for_one", in.strategy());
        assertEquals(Pattern.GENSERVER, in.today());
        assertEquals("ShopCore.TaskSupervisor", in.taskSupervisor());
    }

    @Test
    void cart() {
        SketchInput in = of(shop(), "ShopCore.Cart");
        assertEquals("cart_id", in.entityId());
        assertEquals(List.of(new Operation("add", 3, Kind.WRITE, List.of("cart_id", "sku", "qty"), "add")),
                in.operations());
        assertEquals("ShopCore.CartRegistry", in.registry());
        assertEquals("ShopCore.CartSupervisor", in.dynamicSupervisor());
        assertNull(in.partitionSupervisor());
        assertEquals(List.of(new InfoMessage("timeout", false)), in.infoMessages());
        assertNull(in.registeredName(), "registered per entity, not under a fixed name");
    }

    @Test
    void umbrellaModules() {
        SketchInput ledger = of(umbrella(), "Billing.Ledger");
        assertEquals(List.of(new Operation("balance", 1, Kind.READ, List.of("account")),
                new Operation("charge", 2, Kind.CALL)), ledger.operations());
        assertNull(ledger.registry(), "Shop's Registry belongs to another OTP application");
        assertEquals("one_for_all", ledger.strategy());

        SketchInput calculator = of(umbrella(), "Shop.Calculator");
        assertEquals(List.of(new Operation("add", 2, Kind.READ, List.of("a", "b"), "add"),
                new Operation("multiply", 2, Kind.READ, List.of("a", "b"), "multiply")), calculator.operations());

        SketchInput cart = of(umbrella(), "Shop.Cart");
        assertEquals(List.of(new Operation("items", 1, Kind.READ, List.of("cart_id"), "items"),
                new Operation("add", 2, Kind.CAST, List.of("cart_id", "item"), "add")), cart.operations());
        assertEquals("Shop.RoomSupervisors", cart.partitionSupervisor());

        SketchInput poller = of(umbrella(), "Shop.Poller");
        assertEquals(List.of(new InfoMessage("poll", true)), poller.infoMessages());
        assertEquals(List.of(), poller.operations());

        SketchInput supervisor = of(umbrella(), "Shop.Workers.Supervisor");
        assertEquals(List.of("Shop.TableOwner", "Shop.Workers.Reporter"), supervisor.children());
        assertEquals("rest_for_one", supervisor.ownStrategy());

        SketchInput room = of(umbrella(), "Shop.Rooms.Room");
        assertEquals("join", room.operations().get(0).name());
        assertEquals(2, room.operations().get(0).arity(), "the entity id comes first");
    }

    @Test
    void featureNamesBecomeModules() {
        var d = SketchCases.decision(Pattern.AGENT, Placement.STATIC_CHILD);
        assertEquals("MyApp.UserSessions", SketchInput.forFeature("User sessions", d).moduleName());
        assertEquals("MyApp.RateLimiterV2", SketchInput.forFeature("rate-limiter v2", d).moduleName());
        assertEquals("MyApp.SessoesDeUsuario", SketchInput.forFeature("Sessões de usuário", d).moduleName());
        assertEquals("MyApp.Feature2faCodes", SketchInput.forFeature("2fa codes", d).moduleName());
        assertEquals("MyApp.Feature", SketchInput.forFeature("```", d).moduleName());
        assertEquals("Chat.Rooms", SketchInput.forFeature("Chat.Rooms", d).moduleName());
        assertEquals("Chat", SketchInput.forFeature("Chat.Rooms", d).namespace());
        assertEquals(List.of("get", "put"), SketchInput.forFeature("x", d).operations().stream()
                .map(Operation::name).toList());
    }

    @Test
    void operationParamsMatchTheArity() {
        assertThrows(IllegalArgumentException.class, () -> new Operation("get", 2, Kind.READ, List.of("a")));
        assertEquals(List.of(), new Operation("get", 2, Kind.READ).params());
    }
}
