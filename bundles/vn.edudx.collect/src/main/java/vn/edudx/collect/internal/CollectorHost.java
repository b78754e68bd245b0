package vn.edudx.collect.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.camel.Route;
import org.apache.camel.core.osgi.OsgiDefaultCamelContext;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.edudx.api.Health;
import vn.edudx.api.HealthIndicator;
import vn.edudx.api.collect.Collector;

/**
 * Owns EduDX's one Camel context and the routes in it: a collector's routes are added when its
 * service appears and removed when it goes, so installing a collector feature adds a source without
 * touching the core.
 */
@Component(immediate = true, service = HealthIndicator.class)
public class CollectorHost implements HealthIndicator {

  private static final Logger LOG = LoggerFactory.getLogger(CollectorHost.class);

  private final OsgiDefaultCamelContext camel;
  private final Map<Collector, Set<String>> routes = new ConcurrentHashMap<>();

  @Activate
  public CollectorHost(BundleContext context) {
    camel = new OsgiDefaultCamelContext(context);
    camel.setName("edudx");
    // Routes added before start() do not start on Camel 3.22 in OSGi: start first.
    camel.start();
  }

  @Deactivate
  void deactivate() {
    camel.stop();
  }

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      unbind = "removeCollector")
  synchronized void addCollector(Collector collector) {
    Set<String> before = routeIds();
    try {
      camel.addRoutes(collector.routes());
    } catch (Exception e) {
      LOG.error("Collector {} could not add its routes", collector.id(), e);
      return;
    }
    Set<String> added = routeIds();
    added.removeAll(before);
    routes.put(collector, added);
    LOG.info("Collector {} added routes {}", collector.id(), added);
  }

  synchronized void removeCollector(Collector collector) {
    Set<String> ids = routes.remove(collector);
    if (ids == null) {
      return;
    }
    for (String id : ids) {
      try {
        camel.getRouteController().stopRoute(id);
        camel.removeRoute(id);
      } catch (Exception e) {
        LOG.warn("Route {} of collector {} could not be removed", id, collector.id(), e);
      }
    }
    LOG.info("Collector {} removed routes {}", collector.id(), ids);
  }

  private Set<String> routeIds() {
    return camel.getRoutes().stream()
        .map(Route::getRouteId)
        .collect(Collectors.toCollection(HashSet::new));
  }

  @Override
  public String name() {
    return "camel";
  }

  @Override
  public Health check() {
    List<String> started =
        camel.getRoutes().stream()
            .map(Route::getRouteId)
            .filter(id -> camel.getRouteController().getRouteStatus(id).isStarted())
            .sorted()
            .toList();
    Map<String, Object> facts =
        Map.of(
            "context", camel.getName(),
            "collectors",
                routes.keySet().stream()
                    .map(Collector::id)
                    .sorted()
                    .collect(Collectors.joining(", ")),
            "routes", String.join(", ", started));
    return camel.getStatus().isStarted()
        ? Health.up(name(), "The Camel context is started.", facts)
        : new Health(
            name(), Health.Status.DOWN, "The Camel context is " + camel.getStatus(), facts);
  }
}
