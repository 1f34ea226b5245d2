package io.github.otpadvisor.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * The entity a start_child's child carries, which a PartitionSupervisor could be keyed by (OTP010): an id, never a
 * bag of options, whatever it is called (spek's sessions pass Keyword.merge(initial_values, callers: callers)).
 */
class BottleneckEntityKeyTest {
    @Test
    void anIdIsTheKey() {
        assertEquals("room_id", BottleneckStarts.entityKey("{MyApp.Room, room_id}"));
        assertEquals("user_id", BottleneckStarts.entityKey("{MyApp.Session, user: user, user_id: user_id}"));
    }

    @Test
    void aBagOfOptionsUnderAnyNameIsNot() {
        assertNull(BottleneckStarts.entityKey("Keyword.merge(initial_values, callers: callers)"));
        assertNull(BottleneckStarts.entityKey("{MyApp.Worker, session_opts}"));
        assertNull(BottleneckStarts.entityKey("Keyword.put(opts, :name, name)"));
    }
}
