package uk.fostering.safeguarding.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompilerCpuTest {

    @Test
    void readsTheCompilerThreadsCpuFromProc() {
        // this JVM has compiled JUnit and AssertJ by now: its compiler threads have used some CPU, and never less later
        double first = CompilerCpu.seconds();
        assertThat(first).isGreaterThan(0).isFinite();
        assertThat(CompilerCpu.seconds()).isGreaterThanOrEqualTo(first);
    }
}
