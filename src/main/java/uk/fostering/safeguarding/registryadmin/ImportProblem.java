package uk.fostering.safeguarding.registryadmin;

/** What is wrong with one value of an import: the file, its line (1 is the header) and column, and why. */
public record ImportProblem(String file, int line, String column, String message) {
}
