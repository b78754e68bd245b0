package vn.edudx.shell.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import vn.edudx.api.EduDxException;
import vn.edudx.api.indicator.Activation;
import vn.edudx.api.indicator.IndicatorSetAdmin;
import vn.edudx.api.score.ScoringService;

/**
 * {@code edudx:set-activate}: a version scores a period from now on; the period is rescored, with
 * its progress shown while it runs (a province takes a while).
 */
@Service
@Command(
    scope = "edudx",
    name = "set-activate",
    description = "Make a version score a period, and rescore the period with it")
public class SetActivateCommand implements Action {

  @Reference IndicatorSetAdmin admin;

  @Reference ScoringService scoring;

  @Argument(index = 0, name = "set", required = true, description = "Set id")
  String set;

  @Argument(index = 1, name = "version", required = true, description = "Version number")
  int version;

  @Argument(index = 2, name = "period", required = true, description = "Period, e.g. 2024-2025")
  String period;

  @Override
  public Object execute() throws InterruptedException {
    String by = "shell:" + SetUploadCommand.user();
    CompletableFuture<Activation> job =
        CompletableFuture.supplyAsync(() -> admin.activate(set, version, period, by));
    while (true) {
      try {
        Activation a = job.get(1, TimeUnit.SECONDS);
        System.out.println();
        Text.line(System.out, "activated", a.setId(), a.version(), a.period());
        return null;
      } catch (TimeoutException e) {
        scoring
            .progress()
            .ifPresent(
                p ->
                    System.out.printf(
                        "\r%s: %d/%d (%d%%)", p.job(), p.done(), p.total(), p.percent()));
      } catch (ExecutionException e) {
        System.out.println();
        if (e.getCause() instanceof EduDxException refused) {
          Text.problems(System.out, refused);
          return null;
        }
        throw new IllegalStateException("Activation failed", e.getCause());
      }
    }
  }
}
