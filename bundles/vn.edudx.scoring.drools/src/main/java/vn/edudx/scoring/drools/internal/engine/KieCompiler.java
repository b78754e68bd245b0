package vn.edudx.scoring.drools.internal.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles generated DRL into a Drools knowledge base. Inside OSGi the thread's context class
 * loader must be this bundle's while Drools starts and compiles (see docs/adr/0002).
 */
public final class KieCompiler {

  private KieCompiler() {}

  /**
   * Compiles rules.
   *
   * @param name a unique name for the rules (their release id's artifact)
   * @param packagePath the folder of the rules' package, e.g. {@code vn/edudx/generated/x}
   * @param loader the class loader that sees the fact classes and Drools itself
   * @throws IllegalStateException with Drools's messages if the rules do not compile (a bug in the
   *     generator, since definitions are validated first)
   */
  public static KieBase compile(
      String name, String version, String packagePath, String drl, ClassLoader loader) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      KieServices kie = KieServices.Factory.get();
      ReleaseId id = kie.newReleaseId("vn.edudx.generated", name, version);
      KieFileSystem files = kie.newKieFileSystem();
      files.generateAndWritePomXML(id);
      files.write("src/main/resources/" + packagePath + "/rules.drl", drl);
      KieBuilder builder = kie.newKieBuilder(files, loader).buildAll();
      List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
      if (!errors.isEmpty()) {
        throw new IllegalStateException(
            "Generated rules do not compile: "
                + errors.stream().map(Message::toString).collect(Collectors.joining("; ")));
      }
      KieBase base = kie.newKieContainer(id, loader).getKieBase();
      // The container is not needed again; keep the global repository from growing on reloads.
      kie.getRepository().removeKieModule(id);
      return base;
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
