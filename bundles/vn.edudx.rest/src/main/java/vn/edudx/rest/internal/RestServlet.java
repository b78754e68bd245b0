package vn.edudx.rest.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import vn.edudx.api.HealthIndicator;
import vn.edudx.api.collect.ApiTokenService;
import vn.edudx.api.collect.CollectorStatuses;
import vn.edudx.api.collect.IngestService;
import vn.edudx.api.collect.SelfAssessmentWorkbooks;
import vn.edudx.api.indicator.IndicatorSetAdmin;
import vn.edudx.api.indicator.IndicatorSetRegistry;
import vn.edudx.api.observation.ObservationStore;
import vn.edudx.api.plan.PlanAdmin;
import vn.edudx.api.plan.PlanEvaluator;
import vn.edudx.api.plan.PlanPublications;
import vn.edudx.api.plan.PlanRegistry;
import vn.edudx.api.plan.PlanReports;
import vn.edudx.api.publication.Exports;
import vn.edudx.api.publication.PublicationService;
import vn.edudx.api.ranking.RankingService;
import vn.edudx.api.score.ScoreStore;
import vn.edudx.api.score.ScoringService;
import vn.edudx.api.security.AuthService;
import vn.edudx.api.security.UserAdmin;
import vn.edudx.api.unit.UnitStore;
import vn.edudx.api.workflow.AssessmentService;

/**
 * The REST API: Jersey's servlet registered on the Pax Web whiteboard at {@code /api/*}, with
 * resources built from EduDX's services. Jersey initialises with this bundle's class loader as the
 * thread's context loader, which it needs inside OSGi (see docs/adr/0003).
 */
@Component(
    service = Servlet.class,
    configurationPid = "vn.edudx.rest",
    property = {
      "osgi.http.whiteboard.servlet.pattern=/api/*",
      "osgi.http.whiteboard.servlet.name=edudx-rest"
    })
@Designate(ocd = RestConfig.class)
public class RestServlet implements Servlet {

  /** The client's address, for throttling failed sign-ins (set per request, like the path). */
  private static final ThreadLocal<String> REMOTE = new ThreadLocal<>();

  private final List<HealthIndicator> health = new CopyOnWriteArrayList<>();
  private final ServletContainer jersey;
  private final ClientAddress clients;

  /**
   * The ingest pipeline appears once the rule base has compiled a set; the API (health first of
   * all) does not wait for it.
   */
  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile IngestService ingest;

  /** The collectors' host, with its Camel context; the API does not wait for it either. */
  @Reference(
      cardinality = ReferenceCardinality.OPTIONAL,
      policy = ReferencePolicy.DYNAMIC,
      policyOption = ReferencePolicyOption.GREEDY)
  private volatile CollectorStatuses collectors;

  @Activate
  public RestServlet(
      @Reference UnitStore units,
      @Reference ObservationStore observations,
      @Reference ScoreStore scores,
      @Reference RankingService rankings,
      @Reference IndicatorSetRegistry registry,
      @Reference IndicatorSetAdmin admin,
      @Reference ScoringService scoring,
      @Reference AuthService auth,
      @Reference UserAdmin users,
      @Reference AssessmentService workflow,
      @Reference PublicationService publications,
      @Reference Exports exports,
      @Reference PlanRegistry plans,
      @Reference PlanEvaluator planEvaluator,
      @Reference PlanReports planReports,
      @Reference PlanPublications planPublications,
      @Reference PlanAdmin planAdmin,
      @Reference ApiTokenService apiTokens,
      @Reference SelfAssessmentWorkbooks templates,
      RestConfig settings) {
    this.clients = ClientAddress.of(settings.trustedProxies());
    Clock clock = Clock.systemUTC();
    Errors.Web web = new Errors.Web();
    ResourceConfig config =
        new ResourceConfig()
            .property(ServerProperties.WADL_FEATURE_DISABLE, true)
            .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true)
            .register(JacksonFeature.withoutExceptionMappers())
            .register(new Json())
            .register(new Errors.Known())
            .register(web)
            .register(new Errors.Unexpected(web))
            .register(new Authn(auth))
            .register(new Authz());
    resources(
        config,
        new HealthResource(() -> List.copyOf(health)),
        new UnitsResource(units),
        new ScoresResource(scores, units, registry),
        new RankingsResource(rankings),
        new IndicatorSetsResource(
            registry,
            admin,
            new IndicatorSetsResource.Workbooks(units, observations, workflow, templates)),
        new ScoringResource(scoring),
        new ImportsResource(observations, units, () -> ingest, clock),
        new CollectorsResource(() -> collectors),
        new AuthResource(auth),
        new UsersResource(users),
        new AssessmentsResource(workflow, observations),
        new PublicationsResource(publications, exports, workflow, clock),
        new PublicResource(publications, exports, workflow, clock),
        new PlansResource(plans, planEvaluator, planReports, planPublications, clock, planAdmin),
        new PublicPlanEvaluationsResource(planPublications, clock),
        new ApiTokensResource(apiTokens),
        new ObservationsResource(apiTokens, () -> ingest, observations, clock));
    jersey = new ServletContainer(config);
  }

  /**
   * Registers resource classes and binds each to its instance: registering instances directly
   * works, but makes Jersey warn about each (eclipse-ee4j/jersey#3700).
   */
  private static void resources(ResourceConfig config, Object... instances) {
    for (Object instance : instances) {
      config.register(instance.getClass());
    }
    config.register(
        new AbstractBinder() {
          @Override
          protected void configure() {
            for (Object instance : instances) {
              bindAs(instance);
            }
          }

          @SuppressWarnings("unchecked")
          private <T> void bindAs(T instance) {
            bind(instance).to((Class<T>) instance.getClass());
          }
        });
  }

  @Reference(
      cardinality = ReferenceCardinality.MULTIPLE,
      policy = ReferencePolicy.DYNAMIC,
      unbind = "removeHealth")
  void addHealth(HealthIndicator indicator) {
    health.add(indicator);
  }

  void removeHealth(HealthIndicator indicator) {
    health.remove(indicator);
  }

  @Override
  public void init(ServletConfig servletConfig) throws ServletException {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(RestServlet.class.getClassLoader());
    try {
      jersey.init(servletConfig);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Override
  public void service(ServletRequest request, ServletResponse response)
      throws ServletException, IOException {
    Errors.PATH.set(((HttpServletRequest) request).getRequestURI());
    REMOTE.set(
        clients.of(
            request.getRemoteAddr(), ((HttpServletRequest) request).getHeader("X-Forwarded-For")));
    try {
      jersey.service(request, response);
    } finally {
      Errors.PATH.remove();
      REMOTE.remove();
    }
  }

  /** The address of the client of the request answered on this thread. */
  static String remote() {
    String r = REMOTE.get();
    return r == null ? "?" : r;
  }

  @Override
  public ServletConfig getServletConfig() {
    return jersey.getServletConfig();
  }

  @Override
  public String getServletInfo() {
    return "EduDX REST API";
  }

  @Override
  public void destroy() {
    jersey.destroy();
  }
}
