package vn.edudx.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import vn.edudx.api.EduDxException;
import vn.edudx.api.indicator.IndicatorSetAdmin;
import vn.edudx.api.indicator.SetVersion;

/** {@code edudx:set-upload}: checks a definition file (JSON or XLSX) and stores it as a draft. */
@Service
@Command(
    scope = "edudx",
    name = "set-upload",
    description = "Check a JSON or XLSX definition and store it as a draft")
public class SetUploadCommand implements Action {

  /** Definitions are small; a larger file is not one. */
  static final long MAX_BYTES = 5L * 1024 * 1024;

  @Reference IndicatorSetAdmin admin;

  @Argument(index = 0, name = "file", required = true, description = "Path of the definition")
  String file;

  @Override
  public Object execute() throws IOException {
    Path path = Path.of(file);
    if (!Files.isRegularFile(path)) {
      Text.line(System.out, "file.missing", path.toAbsolutePath());
      return null;
    }
    if (Files.size(path) > MAX_BYTES) {
      Text.line(System.out, "file.too-large", path.toAbsolutePath(), MAX_BYTES / (1024 * 1024));
      return null;
    }
    try {
      SetVersion v =
          admin.upload(path.getFileName().toString(), Files.readAllBytes(path), "shell:" + user());
      Text.line(System.out, "uploaded", v.id(), v.version(), v.status(), v.checksum());
    } catch (EduDxException e) {
      Text.problems(System.out, e);
    }
    return null;
  }

  static String user() {
    return System.getProperty("user.name", "karaf");
  }
}
