package uk.fostering.safeguarding.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Production's first administrator: what start-up refuses, and the message that says what to set. */
class FirstAdministratorTest {

    @ParameterizedTest
    @CsvSource({"'', ''", "'', a-long-secret-phrase", "root, ''"})
    void missingCredentialsNameBothVariables(String user, String password) {
        assertThatThrownBy(() -> FirstAdministrator.check(user, password)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SAFEGUARDING_ADMIN_USER").hasMessageContaining("SAFEGUARDING_ADMIN_PASSWORD");
    }

    @ParameterizedTest
    @CsvSource({"root, Demo", "root, carol", "administrator-one, ADMINISTRATOR-ONE", "root, short-pass1"})
    void guessablePasswordsAreRefused(String user, String password) {
        assertThatThrownBy(() -> FirstAdministrator.check(user, password)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("guessable");
    }

    @Test
    void aLongPasswordThatIsNoUserNamePasses() {
        assertThatCode(() -> FirstAdministrator.check("root", "correct-horse-battery")).doesNotThrowAnyException();
    }
}
