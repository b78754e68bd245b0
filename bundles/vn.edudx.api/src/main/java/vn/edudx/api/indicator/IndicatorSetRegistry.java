package vn.edudx.api.indicator;

import java.util.List;
import java.util.Optional;
import vn.edudx.api.unit.OrgUnit;

/**
 * The indicator sets known to the rule base, registered with the service property {@value
 * #PROPERTY_SETS} listing their ids so that a component can wait for the set it needs. Without a
 * version, a set means its current version: the highest shipped or activated one not retired.
 */
public interface IndicatorSetRegistry {

  /** Service property: the ids of the loaded sets. */
  String PROPERTY_SETS = "edudx.indicatorsets";

  /** The current version of every set. */
  List<IndicatorSet> sets();

  /** The current version of a set. */
  Optional<IndicatorSet> find(String id);

  /** One version of a set, current or not (drafts included). */
  Optional<IndicatorSet> find(String id, int version);

  /** The set that scores this unit (the first by id if several do), in its current version. */
  Optional<IndicatorSet> applicableTo(OrgUnit unit);

  /** An indicator of any current set. */
  Optional<Indicator> indicator(String code);

  /**
   * An indicator that a current set covering this unit declares (a scoring set or a set that only
   * declares indicators, like the plan's targets).
   */
  Optional<Indicator> indicatorFor(OrgUnit unit, String code);
}
