package vn.edudx.collector.sectordb.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where one instance's cursor survives restarts: a file written whole to a temporary file and then
 * moved over the old one, so that a crash leaves the old cursor or the new one, never half of one.
 */
final class CursorFile {

  private final Path file;

  CursorFile(Path file) {
    this.file = file;
  }

  Path path() {
    return file;
  }

  /** The saved cursor, or empty when nothing was pulled yet. */
  String read() throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
  }

  void write(String cursor) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(temp, cursor, StandardCharsets.UTF_8);
    try {
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
