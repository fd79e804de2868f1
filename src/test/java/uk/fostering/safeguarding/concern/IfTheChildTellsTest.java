package uk.fostering.safeguarding.concern;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What to do when a child starts to tell (a spontaneous disclosure) tops each Tasklist form a carer fills in about a
 * concern, right after its heading: listen, do not question, write it down, tell the SSW. The carers' own pages show
 * the same (CarerPagesTest).
 */
class IfTheChildTellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"raise-concern", "record-concern", "talk-with-child"})
    void theCarersFormsSayWhatToDoIfTheChildStartsToTell(String form) throws IOException {
        JsonNode components = new ObjectMapper().readTree(Path.of("forms", form + ".form").toFile()).path("components");

        JsonNode guidance = components.get(1);
        assertThat(guidance.path("id").asText()).isEqualTo("Field_IfTheChildTells");
        assertThat(guidance.path("text").asText()).contains("If the child starts to tell you", "do not ask questions",
                "do not promise to keep it a secret", "write down what they said", "tell your supervising social worker");
    }
}
