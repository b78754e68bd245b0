package vn.edudx.api.indicator;

import java.util.List;
import java.util.Optional;
import vn.edudx.api.unit.OrgUnit;

/**
 * The indicator sets loaded from rule bundles, registered with the service property {@value
 * #PROPERTY_SETS} listing their ids so that a component can wait for the set it needs.
 */
public interface IndicatorSetRegistry {

  /** Service property: the ids of the loaded sets. */
  String PROPERTY_SETS = "edudx.indicatorsets";

  List<IndicatorSet> sets();

  Optional<IndicatorSet> find(String id);

  /** The set that scores this unit, if any. */
  Optional<IndicatorSet> applicableTo(OrgUnit unit);

  /** An indicator of any loaded set. */
  Optional<Indicator> indicator(String code);
}
