package uk.fostering.safeguarding.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The lock's rule in every profile, including prod on an empty database. (A second whole application
 * in prod started in the test JVM left Camunda's webapp engine API of the shared test application
 * answering 500, so prod is proven here; SetupEndpointTest makes the real call.)
 */
class SetupLockTest {

    @Test
    void inProductionTheSetupIsClosedEvenBeforeAnyoneExists() throws Exception {
        assertThat(answer(true, false)).isEqualTo(403);
    }

    @Test
    void elsewhereItIsClosedOnceAnyoneExists() throws Exception {
        assertThat(answer(false, true)).isEqualTo(403);
    }

    @Test
    void onlyAnEmptyNonProductionServiceReachesCamundasSetup() throws Exception {
        assertThat(answer(false, false)).isEqualTo(200);
    }

    private static int answer(boolean production, boolean anyoneExists) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/camunda/api/admin/setup/default/user/create");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain camundasSetup = new MockFilterChain();
        SetupLock.lock(production, () -> anyoneExists).doFilter(request, response, camundasSetup);
        assertThat(camundasSetup.getRequest() != null).isEqualTo(response.getStatus() == 200);
        return response.getStatus();
    }
}
