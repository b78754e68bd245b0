package vn.edudx.collect.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
import vn.edudx.api.collect.CollectorStatus;
import vn.edudx.api.collect.CollectorStatuses;
import vn.edudx.api.observation.BatchTally;
import vn.edudx.api.observation.ObservationStore;

/**
 * Owns EduDX's one Camel context and the routes in it: a collector's routes are added when its
 * service appears and removed when it goes, so installing a collector feature adds a source without
 * touching the core. It also says how each collector is doing, from its routes and its stored
 * deliveries.
 */
@Component(
    immediate = true,
    service = {HealthIndicator.class, CollectorStatuses.class})
public class CollectorHost implements HealthIndicator, CollectorStatuses {

  private static final Logger LOG = LoggerFactory.getLogger(CollectorHost.class);

  private final OsgiDefaultCamelContext camel;
  private final Map<Collector, Set<String>> routes = new ConcurrentHashMap<>();
  private final Map<Collector, String> failed = new ConcurrentHashMap<>();
  private final Map<Collector, Instant> failedAt = new ConcurrentHashMap<>();

  /** Optional so that the Camel context starts even before the store: counts are then zero. */
  @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
  private volatile ObservationStore store;

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
      // Two drop folders with the same name, a malformed endpoint: say so in the health too.
      LOG.error("Collector {} could not add its routes", collector.id(), e);
      failed.put(collector, String.valueOf(e.getMessage()));
      failedAt.put(collector, Instant.now());
    }
    Set<String> added = routeIds();
    added.removeAll(before);
    // Routes added before a failure are tracked too, so that they go when the collector goes.
    routes.put(collector, added);
    LOG.info("Collector {} added routes {}", collector.id(), added);
  }

  synchronized void removeCollector(Collector collector) {
    failed.remove(collector);
    failedAt.remove(collector);
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
  public List<CollectorStatus> statuses() {
    List<StatusBoard.Hosted> hosted =
        routes.entrySet().stream()
            .map(
                e -> {
                  Map<String, Boolean> started = new LinkedHashMap<>();
                  e.getValue().forEach(id -> started.put(id, isStarted(id)));
                  return new StatusBoard.Hosted(
                      e.getKey(), started, failed.get(e.getKey()), failedAt.get(e.getKey()));
                })
            .toList();
    ObservationStore s = store;
    List<BatchTally> tallies = List.of();
    if (s != null) {
      try {
        tallies = s.tallies();
      } catch (RuntimeException e) {
        LOG.warn("Collector counts could not be read; showing the routes only", e);
      }
    }
    return StatusBoard.statuses(hosted, tallies);
  }

  private boolean isStarted(String routeId) {
    var status = camel.getRouteController().getRouteStatus(routeId);
    return status != null && status.isStarted();
  }

  @Override
  public String name() {
    return "camel";
  }

  @Override
  public Health check() {
    List<String> started =
        camel.getRoutes().stream().map(Route::getRouteId).filter(this::isStarted).sorted().toList();
    Map<String, Object> facts =
        Map.of(
            "context", camel.getName(),
            "collectors",
                routes.keySet().stream()
                    .map(Collector::id)
                    .sorted()
                    .collect(Collectors.joining(", ")),
            "routes", String.join(", ", started),
            "failed",
                failed.entrySet().stream()
                    .map(f -> f.getKey().id() + ": " + f.getValue())
                    .sorted()
                    .collect(Collectors.joining("; ")));
    if (!camel.getStatus().isStarted()) {
      return new Health(
          name(), Health.Status.DOWN, "The Camel context is " + camel.getStatus(), facts);
    }
    return failed.isEmpty()
        ? Health.up(name(), "The Camel context is started.", facts)
        : new Health(
            name(), Health.Status.DOWN, "Some collectors could not add their routes.", facts);
  }
}
