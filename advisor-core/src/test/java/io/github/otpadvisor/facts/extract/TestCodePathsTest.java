package io.github.otpadvisor.facts.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which files are test code: under test/, and test doubles kept beside production code. */
class TestCodePathsTest {
    @Test
    void testDirectoriesMocksAndFakesAreTestCode() {
        assertTrue(FileFactsExtractor.isTest("apps/shop/test/support/conn_case.ex"));
        assertTrue(FileFactsExtractor.isTest("lib/glific/processor/consumer_worker_mock.ex"));
        assertTrue(FileFactsExtractor.isTest("apps/testing/lib/source/fake.ex"));
        assertTrue(FileFactsExtractor.isTest("lib/my_app/mocks/http.ex"));
        assertTrue(FileFactsExtractor.isTest("lib/my_app/fakes/payments.ex"));
    }

    @Test
    void productionModulesNamedLikeDoublesAreNot() {
        // teslamate's import uses its FakeApi in production
        assertFalse(FileFactsExtractor.isTest("lib/teslamate/import/fake_api.ex"));
        assertFalse(FileFactsExtractor.isTest("lib/my_app/mockingbird.ex"));
        assertFalse(FileFactsExtractor.isTest("lib/my_app/testing_ground.ex"));
    }
}
