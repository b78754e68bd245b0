package vn.edudx.collector.example.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The settings of one example collector (one factory configuration each): which value it sends and
 * how often. DS fills an annotation like this from the configuration, with these defaults.
 */
@ObjectClassDefinition(
    name = "EduDX example collector",
    description = "Sends one configured value to the ingest pipeline on a timer.")
public @interface ExampleCollectorConfig {

  @AttributeDefinition(description = "A short name for this instance, recorded as provenance.")
  String name() default "default";

  @AttributeDefinition(description = "The unit the value belongs to.")
  String unit() default "NN-PGD";

  @AttributeDefinition(
      description =
          "The period, e.g. 2020; empty: the current calendar year. 2020 by default, a year no"
              + " other data or test uses.")
  String period() default "2020";

  @AttributeDefinition(description = "The indicator, from an active indicator set.")
  String indicator() default "plan.satisfaction-public";

  @AttributeDefinition(description = "The value, as it would be written in a CSV file.")
  String value() default "80";

  @AttributeDefinition(description = "Seconds between two deliveries; 0: once, at start.")
  long periodSeconds() default 10;
}
