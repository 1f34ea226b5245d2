package io.github.otpadvisor.facts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.otpadvisor.elixir.ElixirFrontEnd;
import io.github.otpadvisor.elixir.ParseResult;
import io.github.otpadvisor.elixir.ast.Quoted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which built atoms carry per-entity runtime data (RULEBOOK OTP008) and which only start-up settings. */
class DynamicAtomsTest {
    private static final ElixirFrontEnd PARSER = new ElixirFrontEnd();

    private static Quoted q(String code) {
        ParseResult r = PARSER.parse(code);
        assertTrue(r.ok(), code);
        return r.ast();
    }

    @ParameterizedTest
    @ValueSource(strings = {":\"room_#{room_id}\"", ":\"stream_#{state.vehicle_id}\"", ":\"api_#{car.name}\"",
            ":\"#{Keyword.fetch!(opts, :car).id}\"", "String.to_atom(\"t_\" <> params[\"slug\"])",
            "List.to_atom(~c\"poller:\" ++ String.to_charlist(serial))", "Module.concat(__MODULE__, backfill_id)",
            ":\"w_#{Ecto.UUID.generate()}\"", ":\"s_#{System.unique_integer()}\""})
    void runtimeData(String code) {
        assertTrue(DynamicAtoms.find(q(code), Aliases.EMPTY) != null, code);
    }

    @ParameterizedTest
    @ValueSource(strings = {":\"#{name}#{adapter_name}_supervisor\"", ":\"#{pubsub}_#{number}\"", ":\"#{scope}_forum\"",
            ":\"#{__MODULE__}_#{@prefix}\"", "String.to_atom(\"x\")", ":\"#{opts[:name]}_sup\"",
            ":\"n_#{Application.get_env(:app, :region)}\"", "Module.concat(endpoint, name)",
            "String.to_existing_atom(\"room_\" <> room_id)"})
    void settingsOrConstants(String code) {
        assertNull(DynamicAtoms.find(q(code), Aliases.EMPTY), code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"name(room_id)", "name(socket.assigns.user_id)"})
    void helperParametersNeedNotTell(String call) {
        Quoted body = q(":\"room_#{x}\"");
        DynamicAtoms.Found f = DynamicAtoms.findThroughHelper(body, q(call), Aliases.EMPTY);
        assertEquals("interpolated atom", f == null ? null : f.builder(), call);
        assertNull(DynamicAtoms.findThroughHelper(body, q("name(scope)"), Aliases.EMPTY));
    }
}
