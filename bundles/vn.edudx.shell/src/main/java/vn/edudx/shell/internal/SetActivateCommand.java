package vn.edudx.shell.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import vn.edudx.api.EduDxException;
import vn.edudx.api.indicator.Activation;
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
public class SetActivateCommand extends SetVersionCommand {

  @Reference ScoringService scoring;

  @Argument(index = 2, name = "period", required = true, description = "Period, e.g. 2024-2025")
  String period;

  /** Runs the activation beside the shell and prints its progress until it is done. */
  @Override
  void run() throws InterruptedException {
    String by = "shell:" + SetUploadCommand.user();
    CompletableFuture<Activation> job =
        CompletableFuture.supplyAsync(() -> admin.activate(set, version, period, by));
    while (true) {
      try {
        Activation a = job.get(1, TimeUnit.SECONDS);
        System.out.println();
        Text.line(System.out, "activated", a.setId(), a.version(), a.period());
        return;
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
          return;
        }
        throw new IllegalStateException("Activation failed", e.getCause());
      }
    }
  }
}
