package vn.edudx.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import org.junit.jupiter.api.Test;
import vn.edudx.api.security.Caller;
import vn.edudx.api.security.Role;

/**
 * Every endpoint says who may call it, and only the endpoints meant for the public are open: a new
 * endpoint without an annotation fails here before it can be reached (and {@link Authz} would
 * refuse it to everyone anyway).
 */
class AccessRulesTest {

  private static final List<Class<?>> RESOURCES =
      List.of(
          HealthResource.class,
          UnitsResource.class,
          ScoresResource.class,
          RankingsResource.class,
          IndicatorSetsResource.class,
          ScoringResource.class,
          ImportsResource.class,
          CollectorsResource.class,
          AuthResource.class,
          UsersResource.class,
          AssessmentsResource.class,
          PublicationsResource.class,
          PublicResource.class,
          PlansResource.class,
          PublicPlanEvaluationsResource.class,
          ApiTokensResource.class,
          ObservationsResource.class);

  @Test
  void everyEndpointNamesWhoMayCallIt() {
    List<String> open = new ArrayList<>();
    List<String> unannotated = new ArrayList<>();
    for (Class<?> type : RESOURCES) {
      for (Method m : endpoints(type)) {
        String[] roles = Authz.roles(m, type);
        String name = type.getSimpleName() + "." + m.getName();
        if (roles == null) {
          unannotated.add(name);
        } else if (roles.length == 0) {
          open.add(name);
        } else {
          assertThat(roles)
              .as(name)
              .allMatch(
                  r ->
                      Set.of(
                              Access.ADMIN,
                              Access.REVIEWER,
                              Access.LEADERSHIP,
                              Access.SCHOOL,
                              Access.OFFICE,
                              Access.SIGNED_IN)
                          .contains(r));
        }
      }
    }
    assertThat(unannotated).isEmpty();
    assertThat(new TreeSet<>(open))
        .containsExactly(
            "AuthResource.login",
            "HealthResource.health",
            // Open to Authz only: a school's system authenticates inside the method with its key
            // (X-EduDX-Api-Key), which works on this endpoint alone; a session token does not.
            "ObservationsResource.push",
            "PublicPlanEvaluationsResource.html",
            "PublicPlanEvaluationsResource.list",
            "PublicPlanEvaluationsResource.one",
            "PublicPlanEvaluationsResource.pdf",
            "PublicPlanEvaluationsResource.xlsx",
            "PublicResource.export",
            "PublicResource.list",
            "PublicResource.one",
            "PublicResource.rankings",
            "PublicResource.unit");
  }

  @Test
  void writesToTheRegisterOfSetsAndUsersAreTheAdministrators() {
    for (Method m : endpoints(UsersResource.class)) {
      assertThat(Authz.roles(m, UsersResource.class)).containsExactly(Access.ADMIN);
    }
    for (Method m : endpoints(ApiTokensResource.class)) {
      assertThat(Authz.roles(m, ApiTokensResource.class))
          .as(m.getName())
          .containsExactly(Access.ADMIN);
    }
    for (Method m : endpoints(IndicatorSetsResource.class)) {
      if (m.isAnnotationPresent(POST.class)) {
        assertThat(Authz.roles(m, IndicatorSetsResource.class))
            .as(m.getName())
            .containsExactly(Access.ADMIN);
      }
    }
  }

  @Test
  void uploadingAFileIsForReviewersAdministratorsAndSchoolsNotLeadership() throws Exception {
    Method upload =
        ImportsResource.class.getMethod(
            "upload",
            String.class,
            String.class,
            java.io.InputStream.class,
            javax.ws.rs.core.SecurityContext.class);
    // A school may send its own values: the rows' units are checked before anything is stored.
    // Leadership publishes; it does not enter data.
    assertThat(Authz.roles(upload, ImportsResource.class))
        .containsExactlyInAnyOrder(Access.REVIEWER, Access.ADMIN, Access.SCHOOL);
    Caller school = new Caller("th01", Role.SCHOOL, "NN-TH-01");
    Caller leader = new Caller("lanhdao", Role.LEADERSHIP, "NN-PGD");
    assertThat(Arrays.stream(Authz.roles(upload, ImportsResource.class)))
        .anyMatch(r -> Access.has(school, r))
        .noneMatch(r -> Access.has(leader, r));
  }

  @Test
  void onlyLeadershipPublishesAPlansEvaluation() throws Exception {
    Method publish =
        PlansResource.class.getMethod(
            "publish",
            String.class,
            String.class,
            vn.edudx.rest.internal.dto.PlanPublicationDTOs.Request.class,
            javax.ws.rs.core.SecurityContext.class);
    assertThat(Authz.roles(publish, PlansResource.class)).containsExactly(Access.LEADERSHIP);
    Method list =
        PlansResource.class.getMethod(
            "publications", String.class, javax.ws.rs.core.SecurityContext.class);
    assertThat(Authz.roles(list, PlansResource.class)).containsExactly(Access.OFFICE);
  }

  @Test
  void rolesAndGroupsOfRoles() {
    Caller school = new Caller("th01", Role.SCHOOL, "NN-TH-01");
    Caller leader = new Caller("lanhdao", Role.LEADERSHIP, "NN-PGD");
    assertThat(Access.has(null, Access.SIGNED_IN)).isFalse();
    assertThat(Access.has(school, Access.SIGNED_IN)).isTrue();
    assertThat(Access.has(school, Access.OFFICE)).isFalse();
    assertThat(Access.has(school, Access.SCHOOL)).isTrue();
    assertThat(Access.has(leader, Access.OFFICE)).isTrue();
    assertThat(Access.has(leader, Access.ADMIN)).isFalse();
    assertThat(Access.has(leader, Access.LEADERSHIP)).isTrue();
  }

  private static List<Method> endpoints(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(
            m ->
                m.isAnnotationPresent(GET.class)
                    || m.isAnnotationPresent(POST.class)
                    || m.isAnnotationPresent(PUT.class)
                    || m.isAnnotationPresent(DELETE.class))
        .toList();
  }
}
