package vn.edudx.api.plan;

import java.util.List;
import java.util.Optional;

/** The plan definitions EduDX knows. */
public interface PlanRegistry {

  /** Every plan, by id then version. */
  List<PlanDefinition> plans();

  /** The newest version of a plan. */
  Optional<PlanDefinition> plan(String id);
}
