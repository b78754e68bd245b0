package vn.edudx.api.collect;

import java.util.Optional;
import org.apache.camel.RoutesBuilder;
import vn.edudx.api.LocalizedText;

/**
 * The collector SPI: a source of data that plugs in as a service contributing Apache Camel routes.
 * The core owns the Camel context and adds a collector's routes when the service appears and
 * removes them when it goes.
 *
 * <p>Routes must hand what they parse to {@link IngestService}, which validates, stores with
 * provenance and asks for rescoring. Every route id must start with {@link #id()} and a dot.
 */
public interface Collector {

  /** Service property carrying {@link #id()}, so that tools can filter collectors. */
  String PROPERTY_ID = "collector.id";

  /** A stable id such as {@code file}; also the source recorded in every value's provenance. */
  String id();

  /**
   * Which configuration of the collector this is (a drop folder's name), recorded as the values'
   * instance; a collector with a single instance keeps {@code default}.
   */
  default String instance() {
    return "default";
  }

  /** What the collector gathers, for operators. */
  LocalizedText description();

  /** The routes to add to the Camel context. */
  RoutesBuilder routes();

  /**
   * Why the source this collector pulls from is down right now, or empty when it answers (or when
   * the collector is not one that pulls). The status then shows the collector as {@link
   * CollectorStatus.State#DOWN} with this problem and the time of the next try.
   */
  default Optional<SourceProblem> sourceProblem() {
    return Optional.empty();
  }
}
