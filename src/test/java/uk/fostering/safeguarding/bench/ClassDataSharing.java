package uk.fostering.safeguarding.bench;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import uk.fostering.safeguarding.SafeguardingApplication;
import uk.fostering.safeguarding.cluster.AppProcess;

/**
 * Class-data sharing (CDS) as Spring Boot documents it: a training run that stops once the context is refreshed
 * writes an archive of the classes start-up loaded, and later starts map that archive instead of loading and
 * verifying each class. The JVM archives classes from jars only, so the app's own classes are packed into a jar
 * first, which is the layout {@code java -Djarmode=tools -jar app.jar extract} gives a deployment.
 */
final class ClassDataSharing {

    private ClassDataSharing() {
    }

    /** The app's classes as a jar, followed by every jar of the test class path (directories dropped). */
    static String jarClasspath(Path workDir) {
        Path appJar = workDir.resolve("app-classes.jar");
        pack(appClasses(), appJar);
        List<String> entries = new ArrayList<>(List.of(appJar.toAbsolutePath().toString()));
        Arrays.stream(AppProcess.testClasspath().split(File.pathSeparator)).filter(e -> e.endsWith(".jar")).forEach(entries::add);
        return String.join(File.pathSeparator, entries);
    }

    /** Runs the app once until its context is refreshed, writing the archive; answers the JVM option that uses it. */
    static String train(String classpath, List<String> jvmOptions, List<String> settings, Path archive, Path log) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath(), "-Dspring.context.exit=onRefresh",
                "-cp", classpath, SafeguardingApplication.class.getName(), "--server.port=0"));
        command.addAll(settings);
        try {
            Process training = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            // dumping the archive takes seconds alone and minutes on a busy machine: the limit only catches a hung run
            if (!training.waitFor(8, TimeUnit.MINUTES) || !Files.exists(archive)) {
                training.destroyForcibly();
                throw new IllegalStateException("the CDS training run wrote no archive; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return "-XX:SharedArchiveFile=" + archive.toAbsolutePath();
    }

    private static Path appClasses() {
        try {
            return Path.of(SafeguardingApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pack(Path classes, Path jar) {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> tree = Files.walk(classes)) {
            // directories get entries too: without them the class loader finds no package and component scanning nothing
            for (Path path : tree.filter(p -> !p.equals(classes)).toList()) {
                String name = classes.relativize(path).toString().replace(File.separatorChar, '/');
                boolean directory = Files.isDirectory(path);
                out.putNextEntry(new JarEntry(directory ? name + "/" : name));
                if (!directory) {
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
