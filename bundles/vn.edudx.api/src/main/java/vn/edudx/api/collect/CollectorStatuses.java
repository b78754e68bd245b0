package vn.edudx.api.collect;

import java.util.List;

/** The status of every collector instance present, provided by the component that hosts them. */
public interface CollectorStatuses {

  /** One status per collector instance, ordered by id then instance. */
  List<CollectorStatus> statuses();
}
