package io.booking.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A test tool from npm, pinned by a package.json and its package-lock.json in a folder of
 * booking-ear/src/test, installed with {@code npm ci} into a folder of the same name under target.
 * Without npm the calling test is skipped with a message (CI has npm and stops without it).
 */
final class NpmTool {

  static final Path TARGET = Path.of(System.getProperty("booking.e2e.target", "target"));
  static final Path PROJECT = Path.of(System.getProperty("booking.e2e.project", ".."));

  private NpmTool() {}

  /** Installs what booking-ear/src/test/{name}/package-lock.json pins; the folder it is in. */
  static Path install(String name, String purpose) throws IOException, InterruptedException {
    Path tool = TARGET.resolve(name);
    Files.createDirectories(tool);
    for (String file : List.of("package.json", "package-lock.json")) {
      Files.copy(
          PROJECT.resolve("booking-ear/src/test/" + name + "/" + file),
          tool.resolve(file),
          StandardCopyOption.REPLACE_EXISTING);
    }
    Assumptions.assumeTrue(
        run(tool, "npm", "--version").exitCode() == 0,
        "npm is not installed (Node.js 20.19+ with npm); " + purpose + " is skipped");
    Run install = run(tool, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
    assertEquals(0, install.exitCode(), () -> "npm ci failed:\n" + install.errors());
    return tool;
  }

  /** What a command printed on its standard output and on its standard error. */
  record Run(int exitCode, String output, String errors) {}

  static Run run(Path dir, String... command) throws InterruptedException, IOException {
    Files.createDirectories(TARGET);
    Path errors = Files.createTempFile(TARGET.toAbsolutePath(), "process", ".err");
    try {
      Process p =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectError(errors.toFile())
              .start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        return new Run(-1, "", "timed out: " + String.join(" ", command));
      }
      return new Run(
          p.exitValue(),
          new String(out, StandardCharsets.UTF_8),
          Files.readString(errors, StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Run(-1, "", e.toString());
    } finally {
      Files.deleteIfExists(errors);
    }
  }
}
